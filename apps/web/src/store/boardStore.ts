import {
  type BoardRole,
  type Cell,
  compareOrder,
  hiddenCardCount,
  type Journey,
  type JourneyView,
  type Snapshot,
  toJourneyView,
  toVisibleSnapshot,
} from '@parcours/journey';
import type { Awareness } from 'y-protocols/awareness';
import type * as Y from 'yjs';
import { create } from 'zustand';
import { hideOpenVotes } from '../ui/facilitation/hideOpenVotes';

/**
 * The one client store: the board snapshot (from observeSnapshot, structurally shared) plus local UI
 * state. Components read it with selectors; they change the board only through the model's commands
 * on `doc` (never through Y types).
 */

export type ConnectionState = 'connecting' | 'connected' | 'reconnecting' | 'offline';
/** Why the board cannot be shown: each has its own page (never an endless reconnect). */
export type BoardError =
  | 'unauthorized'
  | 'not-found'
  | 'newer-doc'
  | 'missing-token'
  | 'board-full'
  | 'too-many'
  | 'server';

export interface Participant {
  readonly id: string;
  readonly name: string;
  readonly color: string;
}

export interface Point {
  readonly x: number;
  readonly y: number;
}

/** Another participant on the board, from awareness. Cursor in board coordinates. */
export interface Peer {
  readonly clientId: number;
  readonly user: Participant;
  readonly cursor: Point | null;
  readonly selection: readonly string[];
}

/** What the session (src/sync) provides to the UI besides the doc. */
export interface SessionHandle {
  undo(): void;
  redo(): void;
  /** Ends the current undo step: whatever comes next is a step of its own. */
  endUndoStep(): void;
  /** Ends the current undo step and returns the undo depth now, for revertTo. */
  undoMark(): number;
  /** Undoes this user's steps back to the depth `mark`, leaving no redo step of them. */
  revertTo(mark: number): void;
  /** Publishes the local pointer (board coordinates), throttled; null when it leaves the board. */
  setCursor(point: Point | null): void;
  /** Publishes a new name or colour to the others, without reconnecting. */
  setUser(participant: Participant): void;
  /** The board's awareness, for the facilitator's presence (follow me, presentation: ui/facilitation). */
  readonly awareness?: Awareness;
}

export type SidePanel = 'card' | 'persona' | 'blueprint' | null;
export type Dialog = 'share' | 'help' | 'pdf' | null;

export interface VersionPreview {
  readonly versionId: string;
  /** ISO time the version was saved. */
  readonly createdAt: string;
  readonly name: string | null;
  /** The participant's own role, back when the preview closes. */
  readonly role: BoardRole;
}

export interface BoardState {
  readonly boardId: string | null;
  readonly doc: Y.Doc | null;
  readonly role: BoardRole;
  /** The board as this participant sees it: the others' private cards left out (toVisibleSnapshot). */
  readonly snapshot: Snapshot | null;
  /** Private cards waiting to be revealed, everyone's (the facilitator's counter). */
  readonly hiddenCards: number;
  /** The journey on screen, and its laid-out view (kept structurally shared across snapshots). */
  readonly journeyId: string | null;
  readonly view: JourneyView | null;
  /** Selected card ids. */
  readonly selection: ReadonlySet<string>;
  /** The card whose text is being edited in place, if any. */
  readonly editingCardId: string | null;
  /** The card just added for typing, and the undo depth before it: Escape on it still empty takes it back. */
  readonly newCard: { readonly id: string; readonly undoMark: number } | null;
  readonly participant: Participant | null;
  readonly connection: ConnectionState;
  /** Local changes not yet acknowledged by the server. */
  readonly unsynced: number;
  /** A fatal board error to show instead of the board (e.g. the doc is newer than this app). */
  readonly error: BoardError | null;

  /** The cell new cards go to (the canvas sets it when an empty cell is clicked); null: the tray. */
  readonly activeCell: Cell | null;
  readonly peers: readonly Peer[];
  readonly canUndo: boolean;
  readonly canRedo: boolean;
  readonly session: SessionHandle | null;
  /** The creator's tokens, when this device created the board (for the share dialog). */
  readonly tokens: {
    readonly edit?: string;
    readonly view?: string;
    readonly comment?: string;
    readonly current: string | null;
  };
  readonly panel: SidePanel;
  readonly dialog: Dialog;
  /**
   * A saved version shown read-only in place of the live board (ui/history): while set, `snapshot`
   * and `view` are the version's, `role` is 'view', and live snapshots wait in `live`.
   */
  readonly preview: VersionPreview | null;
  /** The latest live snapshot (as received, before hiding private cards). */
  readonly live: Snapshot | null;

  setSnapshot(snapshot: Snapshot): void;
  /** Shows a saved version read-only instead of the live board. */
  showVersion(preview: Omit<VersionPreview, 'role'>, snapshot: Snapshot): void;
  /** Back to the live board, with every change received meanwhile. */
  closeVersion(): void;
  /** Puts a snapshot on screen, keeping what still applies (setSnapshot and showVersion use it). */
  display(snapshot: Snapshot): void;
  setJourney(journeyId: string | null): void;
  select(ids: Iterable<string>, mode?: 'replace' | 'add' | 'toggle'): void;
  clearSelection(): void;
  setEditing(cardId: string | null, newCard?: { readonly undoMark: number }): void;
  setActiveCell(cell: Cell | null): void;
  /** Board coordinates of the local pointer, or null; the session throttles what it publishes. */
  setCursor(point: Point | null): void;
  undo(): void;
  redo(): void;
  setPanel(panel: SidePanel): void;
  setDialog(dialog: Dialog): void;
  /** Session wiring (src/sync): not for components. */
  patch(values: Partial<Omit<BoardState, FunctionKeys>>): void;
  reset(): void;
}

type FunctionKeys = {
  [K in keyof BoardState]: BoardState[K] extends (...args: never[]) => unknown ? K : never;
}[keyof BoardState];

const EMPTY_SELECTION: ReadonlySet<string> = new Set();

const INITIAL = {
  boardId: null,
  doc: null,
  role: 'edit' as BoardRole,
  snapshot: null,
  hiddenCards: 0,
  journeyId: null,
  view: null,
  selection: EMPTY_SELECTION,
  editingCardId: null,
  newCard: null,
  participant: null,
  connection: 'connecting' as ConnectionState,
  unsynced: 0,
  error: null,
  activeCell: null,
  peers: [],
  canUndo: false,
  canRedo: false,
  session: null,
  tokens: { current: null },
  panel: null,
  dialog: null,
  preview: null,
  live: null,
} satisfies Partial<BoardState>;

export const useBoardStore = create<BoardState>()((set, get) => ({
  ...INITIAL,

  setSnapshot(full) {
    set({ live: full });
    if (!get().preview) get().display(full);
  },
  showVersion(preview, snapshot) {
    const { role } = get();
    set({
      preview: { ...preview, role: get().preview?.role ?? role },
      role: 'view',
      selection: EMPTY_SELECTION,
      editingCardId: null,
      newCard: null,
      panel: null,
    });
    get().display(snapshot);
  },
  closeVersion() {
    const { preview, live } = get();
    if (!preview) return;
    set({ preview: null, role: preview.role, selection: EMPTY_SELECTION });
    if (live) get().display(live);
  },
  display(full) {
    const { journeyId, view, selection, activeCell, editingCardId, participant } = get();
    // Private mode: the others' hidden cards are neither drawn nor counted (the same object when none).
    const visible = participant ? toVisibleSnapshot(full, participant.id) : full;
    // An open dot vote: a participant sees only their own dots until the facilitator closes it.
    const snapshot = participant && get().role !== 'facilitator' ? hideOpenVotes(visible, participant.id) : visible;
    // Keep the current journey while it exists; otherwise fall back to the first one.
    const current = journeyId && snapshot.journeys[journeyId] ? journeyId : firstJourneyId(snapshot);
    const nextView = current ? toJourneyView(snapshot, current, current === journeyId ? view : null) : null;
    const kept = [...selection].filter((id) => snapshot.cards[id]);
    const cellAlive = activeCell && snapshot.phases[activeCell.phaseId] && snapshot.channels[activeCell.channelId];
    set({
      snapshot,
      hiddenCards: hiddenCardCount(full),
      journeyId: current,
      view: nextView,
      selection: kept.length === selection.size ? selection : new Set(kept),
      activeCell: cellAlive && current === journeyId ? activeCell : null,
      editingCardId: editingCardId && snapshot.cards[editingCardId] ? editingCardId : null,
    });
  },
  setJourney(journeyId) {
    const { snapshot } = get();
    set({
      journeyId,
      view: snapshot && journeyId ? toJourneyView(snapshot, journeyId) : null,
      selection: EMPTY_SELECTION,
      editingCardId: null,
      newCard: null,
      activeCell: null,
    });
  },
  select(ids, mode = 'replace') {
    const next = new Set(mode === 'replace' ? [] : get().selection);
    for (const id of ids) {
      if (mode === 'toggle' && next.has(id)) next.delete(id);
      else next.add(id);
    }
    // Selecting a card brings its details forward, even over the persona or blueprint panel.
    const current = get().panel;
    const panel = next.size > 0 && (current === 'persona' || current === 'blueprint') ? 'card' : current;
    set({ selection: next, panel });
  },
  clearSelection() {
    if (get().selection.size > 0) set({ selection: EMPTY_SELECTION });
  },
  setEditing(cardId, newCard) {
    set({ editingCardId: cardId, newCard: cardId && newCard ? { id: cardId, undoMark: newCard.undoMark } : null });
  },
  setActiveCell(cell) {
    const current = get().activeCell;
    if (current?.phaseId === cell?.phaseId && current?.channelId === cell?.channelId) return;
    set({ activeCell: cell });
  },
  setCursor(point) {
    get().session?.setCursor(point);
  },
  undo() {
    if (get().role !== 'view') get().session?.undo();
  },
  redo() {
    if (get().role !== 'view') get().session?.redo();
  },
  setPanel(panel) {
    set({ panel });
  },
  setDialog(dialog) {
    set({ dialog });
  },
  patch(values) {
    set(values);
  },
  reset() {
    set(INITIAL);
  },
}));

/** Whether this participant may change the board. */
export function canEdit(role: BoardRole): boolean {
  return role === 'edit' || role === 'facilitator';
}

/** Whether the role writes comments (everyone but a viewer). */
export function canComment(role: BoardRole): boolean {
  return role !== 'view';
}

function firstJourneyId(snapshot: Snapshot): string | null {
  let best: Journey | null = null;
  for (const j of Object.values(snapshot.journeys)) if (!best || compareOrder(j, best) < 0) best = j;
  return best?.id ?? null;
}
