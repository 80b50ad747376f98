import type { Card, Cell, Channel, Phase } from '@parcours/journey';

/** The tray's value in the selects: a card in no cell. */
const TRAY = '';

/**
 * Where a card goes when one of its two coordinates is picked: the other is kept, and a card that
 * was in the tray lands in the first phase or channel; the tray picked on either sends it there.
 */
export function cellAfterPick(
  card: Pick<Card, 'phaseId' | 'channelId'>,
  pick: { readonly phaseId: string } | { readonly channelId: string },
  first: { readonly phaseId: string | undefined; readonly channelId: string | undefined },
): Cell | null {
  const phaseId = 'phaseId' in pick ? pick.phaseId : (card.phaseId ?? first.phaseId ?? TRAY);
  const channelId = 'channelId' in pick ? pick.channelId : (card.channelId ?? first.channelId ?? TRAY);
  return phaseId === TRAY || channelId === TRAY ? null : { phaseId, channelId };
}

/**
 * A card's phase or channel as a select, the tray first: the card panel and the table view move a
 * card with it the same way (cellAfterPick).
 */
export function CellSelect(props: {
  axis: 'phase' | 'channel';
  card: Card;
  phases: readonly Phase[];
  channels: readonly Channel[];
  trayLabel: string;
  disabled: boolean;
  onMove: (to: Cell | null) => void;
  /** Its name for assistive technology when no <label> wraps it (a table cell). */
  label?: string;
  name?: string;
}) {
  const { card, phases, channels } = props;
  const items = props.axis === 'phase' ? phases : channels;
  const first = { phaseId: phases[0]?.id, channelId: channels[0]?.id };
  return (
    <select
      name={props.name}
      aria-label={props.label}
      value={(props.axis === 'phase' ? card.phaseId : card.channelId) ?? TRAY}
      disabled={props.disabled}
      onChange={(e) => {
        const pick = props.axis === 'phase' ? { phaseId: e.target.value } : { channelId: e.target.value };
        props.onMove(cellAfterPick(card, pick, first));
      }}
    >
      <option value={TRAY}>{props.trayLabel}</option>
      {items.map((item) => (
        <option key={item.id} value={item.id}>
          {item.name}
        </option>
      ))}
    </select>
  );
}
