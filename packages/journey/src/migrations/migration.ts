import type * as Y from 'yjs';

/** One step of the doc layout's history: `up` turns a doc at `version - 1` into one at `version`. */
export interface Migration {
  readonly version: number;
  readonly description: string;
  /**
   * Runs inside the migration transaction. Peers may run the same step concurrently on their
   * copies before they sync, so a step must converge: write the same values whoever runs it,
   * and never overwrite user data with a default.
   */
  up(doc: Y.Doc): void;
}
