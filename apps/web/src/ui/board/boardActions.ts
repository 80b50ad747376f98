import {
  addCard,
  addCardAs,
  addChannel,
  addPhase,
  type CardKind,
  castVote,
  duplicateCards,
  removeCards,
  toJson,
  vote,
  withImageUrls,
} from '@parcours/journey';
import { exportUrl, fetchExport } from '../../api/boards';
import { centerOn, toScreenRect } from '../../canvas/camera';
import { cameraOf, useCameraStore } from '../../canvas/cameraStore';
import { useInteractionStore } from '../../canvas/interactionStore';
import { layoutBoard } from '../../canvas/layout';
import { canEdit, useBoardStore } from '../../store/boardStore';
import { downloadBlob, fileNameOf } from '../common/download';
import { isStructureLockedFor } from '../facilitation/useFacilitation';
import { useViewStore } from '../views/viewStore';

/**
 * The board commands the toolbar, the keymap and the panels share: each reads the current
 * journey, selection and role from the store and runs one model command.
 */

function editable() {
  const state = useBoardStore.getState();
  if (!state.doc || !state.journeyId || !canEdit(state.role) || state.error) return null;
  return { ...state, doc: state.doc, journeyId: state.journeyId };
}

/**
 * A new card in the active cell (or the tray), selected, shown in the side panel, and open for
 * typing: the letters typed next are its text, never shortcuts.
 */
export function addCardOfKind(kind: CardKind): string | null {
  const state = editable();
  if (!state) return null;
  // addCardAs: in private mode the card stays hidden from the others until the facilitator reveals it.
  const participantId = state.participant?.id;
  const card = { journeyId: state.journeyId, kind, cell: state.activeCell };
  return openNewCard(() =>
    participantId ? addCardAs(state.doc, { ...card, participantId }) : addCard(state.doc, card),
  );
}

/** Runs `add` (one command adding one card), then selects the card and opens its text editor. */
export function openNewCard(add: () => string): string {
  const state = useBoardStore.getState();
  // The undo depth before the card: Escape on it while still empty goes back there (discardNewCard).
  const undoMark = state.session?.undoMark() ?? null;
  const id = add();
  state.select([id]);
  const newCard = undoMark === null ? undefined : { undoMark };
  // On the map the text is typed on the card; over the other views, in the card panel (CardPanel).
  if (useViewStore.getState().view === 'map') state.setEditing(id, newCard);
  else state.patch({ newCard: newCard ? { id, ...newCard } : null });
  return id;
}

/**
 * Escape on a card just added and left empty: it goes, with its undo steps, so that neither the
 * board nor the undo history keeps an empty card. Returns whether it went.
 */
export function discardNewCard(cardId: string): boolean {
  const state = useBoardStore.getState();
  const card = state.snapshot?.cards[cardId];
  const { newCard, doc } = state;
  if (!card || !newCard || newCard.id !== cardId || card.text.trim() !== '' || !doc) return false;
  state.session?.revertTo(newCard.undoMark);
  // Reverting found nothing to undo (a reset history): remove it as a step of its own.
  if (useBoardStore.getState().snapshot?.cards[cardId]) removeCards(doc, { cardIds: [cardId] });
  useBoardStore.getState().setEditing(null);
  useBoardStore.getState().clearSelection();
  return true;
}

export function deleteSelection(): void {
  const state = editable();
  if (!state || state.selection.size === 0) return;
  removeCards(state.doc, { cardIds: [...state.selection] });
  state.clearSelection();
}

export function duplicateSelection(): void {
  const state = editable();
  if (!state?.snapshot || state.selection.size === 0) return;
  const cards = [...state.selection].map((id) => state.snapshot?.cards[id]).filter((c) => c !== undefined);
  const ids = duplicateCards(state.doc, { cards });
  state.select(ids);
}

export function voteSelection(): void {
  const state = editable();
  if (!state?.participant) return;
  // During a dot-voting round a dot counts against the participant's allowance (castVote refuses beyond it).
  const round = state.snapshot?.session.vote != null;
  for (const cardId of state.selection) {
    if (round) castVote(state.doc, { cardId, participantId: state.participant.id });
    else vote(state.doc, { cardId, participantId: state.participant.id });
  }
}

/** A new phase with a default name, whose header opens for typing its real name (as the canvas's "+" does). */
export function addPhaseNamed(name: string): void {
  const state = editable();
  if (!state || isStructureLockedFor(state)) return;
  askHeaderName('phase', addPhase(state.doc, { journeyId: state.journeyId, name }));
}

/** A new channel, its header open for typing its name. */
export function addChannelNamed(name: string): void {
  const state = editable();
  if (!state || isStructureLockedFor(state)) return;
  askHeaderName('channel', addChannel(state.doc, { journeyId: state.journeyId, name }));
}

/** Opens the in-place name editor on a header, panning the board first when the header is off screen. */
function askHeaderName(kind: 'phase' | 'channel', id: string): void {
  const view = useBoardStore.getState().view;
  const layout = view && layoutBoard(view);
  const header =
    kind === 'phase'
      ? layout?.columns.find((c) => c.phase.id === id)?.header
      : layout?.rows.find((r) => r.channel.id === id)?.header;
  const camera = useCameraStore.getState();
  if (header && camera.width > 0) {
    const r = toScreenRect(cameraOf(camera), header);
    const visible = r.x >= 0 && r.y >= 0 && r.x + r.w <= camera.width && r.y + r.h <= camera.height;
    if (!visible)
      camera.setCamera(
        centerOn(
          cameraOf(camera),
          { x: header.x + header.w / 2, y: header.y + header.h / 2 },
          camera.width,
          camera.height,
        ),
      );
  }
  useInteractionStore.getState().set({ renaming: { kind, id } });
}

/**
 * Downloads the whole board as JSON (written here from the doc on this device, so it works offline
 * and includes edits not yet sent) or the journey on screen as PNG (drawn by the server), named
 * after the board title.
 */
/** `comments`: the PNG numbers the cards' open comment threads and lists them under the map. */
export async function exportBoard(format: 'png' | 'json', options: { comments?: boolean } = {}): Promise<void> {
  const { boardId, tokens, snapshot, journeyId, doc } = useBoardStore.getState();
  if (!boardId || !tokens.current || !doc) return;
  const blob =
    format === 'json'
      ? new Blob([`${JSON.stringify(withImageUrls(toJson(doc), boardId), null, 2)}\n`], { type: 'application/json' })
      : await fetchExport(exportUrl(boardId, tokens.current, 'png', journeyId ?? undefined, options));
  const journey = journeyId ? snapshot?.journeys[journeyId] : undefined;
  const title = snapshot?.board.title ?? 'parcours';
  const name = format === 'png' && journey?.title ? `${title} - ${journey.title}` : title;
  downloadBlob(blob, fileNameOf(name, format));
}
