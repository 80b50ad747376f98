import { create } from 'zustand';
import type { Point, Rect } from './geometry';
import type { DropTarget } from './hitTest';

/** Transient gesture state of the canvas (what is being dragged, the marquee, overlays). */

export interface CardDrag {
  readonly cardIds: readonly string[];
  /** Pointer position in board coordinates. */
  readonly pointer: Point;
  /** Where the pointer grabbed the first card, relative to its top-left corner. */
  readonly grab: Point;
  readonly target: DropTarget | null;
}

export interface HeaderDrag {
  readonly kind: 'phase' | 'channel';
  readonly id: string;
  readonly pointer: Point;
  readonly grab: Point;
  /** Insert before this phase/channel; null: at the end. */
  readonly before: string | null;
  /** Where the insertion bar goes (board coordinates). */
  readonly marker: Rect | null;
}

export interface HeaderRename {
  readonly kind: 'phase' | 'channel';
  readonly id: string;
}

export interface InteractionState {
  readonly cardDrag: CardDrag | null;
  readonly headerDrag: HeaderDrag | null;
  readonly marquee: Rect | null;
  readonly renaming: HeaderRename | null;
  /** Board point under the pointer (for pasting into the hovered cell); null when outside. */
  readonly hover: Point | null;
  readonly message: { readonly text: string; readonly tone: 'error' | 'info' } | null;
  /** The phase being presented (facilitation): highlighted, the others dimmed; null otherwise. */
  readonly spotlight: string | null;
  /** Big-screen mode (ui/room): text sized for the back of the room, as while presenting. */
  readonly bigText: boolean;
  set(patch: Partial<Omit<InteractionState, 'set'>>): void;
}

export const useInteractionStore = create<InteractionState>()((set) => ({
  cardDrag: null,
  headerDrag: null,
  marquee: null,
  renaming: null,
  hover: null,
  message: null,
  spotlight: null,
  bigText: false,
  set: (patch) => set(patch),
}));
