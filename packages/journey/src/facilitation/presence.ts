/**
 * The awareness payload of a facilitator (presentation mode, follow-me). Presence is not in the
 * shared model: it lives in y-protocols awareness and goes away with the connection.
 */
export interface FacilitatorPresence {
  readonly role: 'facilitator';
  /** When set, participants' boards follow this view (presentation / follow-me). */
  readonly presenting: {
    readonly journeyId: string;
    /** The viewport in board coordinates. */
    readonly x: number;
    readonly y: number;
    readonly zoom: number;
    /** A card the facilitator is pointing at, if any. */
    readonly focusCardId?: string;
    /**
     * The phase being presented, if any: each participant frames that phase on their own screen
     * (whatever its size) and highlights it, rather than copying the facilitator's centre and zoom.
     */
    readonly phaseId?: string;
  } | null;
}

/** Narrows an awareness state read from a peer (untrusted shape) to a facilitator's presence. */
export function toFacilitatorPresence(state: unknown): FacilitatorPresence | null {
  if (typeof state !== 'object' || state === null) return null;
  const value = state as Record<string, unknown>;
  if (value.role !== 'facilitator') return null;
  const p = value.presenting as Record<string, unknown> | null | undefined;
  if (
    p &&
    typeof p === 'object' &&
    typeof p.journeyId === 'string' &&
    Number.isFinite(p.x) &&
    Number.isFinite(p.y) &&
    Number.isFinite(p.zoom)
  ) {
    return {
      role: 'facilitator',
      presenting: {
        journeyId: p.journeyId,
        x: p.x as number,
        y: p.y as number,
        zoom: p.zoom as number,
        ...(typeof p.focusCardId === 'string' ? { focusCardId: p.focusCardId } : {}),
        ...(typeof p.phaseId === 'string' ? { phaseId: p.phaseId } : {}),
      },
    };
  }
  return { role: 'facilitator', presenting: null };
}
