import type { Migration } from './migration';

/**
 * Version 1 is the first layout (see doc.ts). A doc with records but no schemaVersion was written
 * in that layout by commands on a doc that createBoardDoc/fromJson did not make, so there is
 * nothing to convert: the runner stamps the version. Title and locale are deliberately not
 * defaulted here: a peer that did this before syncing could overwrite the real title (last writer
 * wins), and the read side already shows defaults for missing metadata.
 */
export const initial: Migration = {
  version: 1,
  description: 'Stamp docs written in the first layout before they carried a schemaVersion',
  up() {},
};
