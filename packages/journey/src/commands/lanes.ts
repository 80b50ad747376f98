import type * as Y from 'yjs';
import { BLUEPRINT_CHANNELS, isLane, toLane } from '../blueprint/lanes';
import { insertRecord, metaMap, recordOf, recordsOf, setField } from '../doc';
import { newId } from '../ids';
import { orderBefore } from '../order';
import type { Lane, Locale } from '../types';
import { siblingsOf } from './siblings';
import { transact } from './transact';

/** Puts a channel (row) in a service-blueprint lane; frontstage clears the field (the default). */
export function setChannelLane(doc: Y.Doc, input: { channelId: string; lane: Lane }): void {
  if (!isLane(input.lane)) throw new RangeError(`Unknown lane ${JSON.stringify(input.lane)}`);
  transact(doc, () => {
    const channel = recordOf(doc, 'channels', input.channelId);
    if (channel) setField(channel, 'lane', input.lane === 'frontstage' ? null : input.lane);
  });
}

/**
 * Turns a journey map into a service blueprint: adds a backstage-actions row and a
 * support-processes row below its channels (named in the board's language, or `locale`), each
 * only when the journey has no channel of that lane yet. Existing channels stay frontstage and
 * no card moves. Returns the ids of the channels added.
 */
export function addBlueprintLanes(doc: Y.Doc, input: { journeyId: string; locale?: Locale }): string[] {
  return transact(doc, () => {
    if (!recordOf(doc, 'journeys', input.journeyId)) return [];
    const present = new Set<Lane>();
    for (const [, channel] of recordsOf(doc, 'channels')) {
      const lane = toLane(channel.get('lane'));
      if (channel.get('journeyId') === input.journeyId && lane) present.add(lane);
    }
    const locale = input.locale ?? (metaMap(doc).get('locale') === 'en' ? 'en' : 'fr');
    const added: string[] = [];
    for (const { name, lane } of BLUEPRINT_CHANNELS[locale]) {
      if (present.has(lane)) continue;
      const id = newId();
      const order = orderBefore(siblingsOf(doc, 'channels', input.journeyId), null);
      insertRecord(doc, 'channels', id, { journeyId: input.journeyId, name, order, lane });
      added.push(id);
    }
    return added;
  });
}

/**
 * Moves a channel before another (null: last of its lane) and into a lane in one undoable step:
 * a row header dragged across a line of the blueprint. `before` must be in `lane` (or null), as
 * rows sort by lane first, then by order.
 */
export function moveChannelToLane(doc: Y.Doc, input: { channelId: string; before: string | null; lane: Lane }): void {
  if (!isLane(input.lane)) throw new RangeError(`Unknown lane ${JSON.stringify(input.lane)}`);
  transact(doc, () => {
    const channel = recordOf(doc, 'channels', input.channelId);
    if (!channel) return;
    const journeyId = String(channel.get('journeyId'));
    channel.set('order', orderBefore(siblingsOf(doc, 'channels', journeyId, undefined, input.channelId), input.before));
    setField(channel, 'lane', input.lane === 'frontstage' ? null : input.lane);
  });
}
