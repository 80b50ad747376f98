import { type Channel, type Lane, laneGroups, laneOf } from '@parcours/journey';

/**
 * Where a row header dropped before `before` (null: at the end) lands on a service blueprint: in
 * the lane of the row just above the drop (of the row below when dropped at the top), before the
 * next row only when that one is in the same lane (else last of its lane). Null on a board without
 * lanes: the drop only reorders.
 */
export function channelLaneDrop(
  layout: { readonly rows: readonly { readonly channel: Channel }[] },
  channelId: string,
  before: string | null,
): { lane: Lane; before: string | null } | null {
  if (laneGroups(layout.rows.map((r) => r.channel)).groups.length === 0) return null;
  const others = layout.rows.filter((r) => r.channel.id !== channelId).map((r) => r.channel);
  const at = before === null ? others.length : others.findIndex((c) => c.id === before);
  if (at < 0) return null;
  const above = others[at - 1];
  const below = others[at];
  const lane = laneOf(above ?? below);
  return { lane, before: below && laneOf(below) === lane ? below.id : null };
}
