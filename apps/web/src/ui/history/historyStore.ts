import { migrateForReading, type Snapshot, toSnapshot } from '@parcours/journey';
import * as Y from 'yjs';
import { create } from 'zustand';
import { fetchVersionState, type VersionInfo } from './historyApi';

/**
 * Local state of the History panel (not shared: each participant looks at the history they like):
 * the versions listed, the version compared with the board as it is now, and the versions read so
 * far (a version never changes, so each is fetched once).
 */
export interface HistoryState {
  readonly open: boolean;
  /** Whether the board has a facilitator (then only they rename, delete and restore); null until known. */
  readonly facilitated: boolean | null;
  readonly versions: readonly VersionInfo[] | null;
  /** The version whose differences with now are highlighted on the canvas. */
  readonly compare: { readonly version: VersionInfo; readonly snapshot: Snapshot } | null;
  readonly snapshots: ReadonlyMap<string, Snapshot>;
  /** The restore being confirmed: a version, and the deleted phase to bring back (else the whole board). */
  readonly restoring: {
    readonly version: Pick<VersionInfo, 'id' | 'createdAt' | 'name'>;
    readonly phaseId?: string;
    /** Cards selected in the version's preview. */
    readonly cardIds?: readonly string[];
  } | null;
  setRestoring(restoring: HistoryState['restoring']): void;
  setOpen(open: boolean): void;
  setVersions(versions: readonly VersionInfo[]): void;
  setCompare(compare: HistoryState['compare']): void;
  /** The version as a snapshot (fetched and read once). */
  load(boardId: string, token: string, versionId: string): Promise<Snapshot>;
  reset(): void;
}

export const useHistoryStore = create<HistoryState>()((set, get) => ({
  open: false,
  facilitated: null,
  versions: null,
  compare: null,
  snapshots: new Map(),
  restoring: null,
  setRestoring: (restoring) => set({ restoring }),
  setOpen: (open) => set({ open }),
  setVersions: (versions) => set({ versions }),
  setCompare: (compare) => set({ compare }),
  async load(boardId, token, versionId) {
    const known = get().snapshots.get(versionId);
    if (known) return known;
    const state = await fetchVersionState(boardId, token, versionId);
    const doc = new Y.Doc();
    try {
      Y.applyUpdate(doc, state);
      migrateForReading(doc);
      const snapshot = toSnapshot(doc);
      set({ snapshots: new Map(get().snapshots).set(versionId, snapshot) });
      return snapshot;
    } finally {
      doc.destroy();
    }
  },
  reset: () =>
    set({ open: false, facilitated: null, versions: null, compare: null, snapshots: new Map(), restoring: null }),
}));
