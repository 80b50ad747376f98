import * as Y from 'yjs';

/** The updates `doc` emits while `write` runs: what a client would send for it. */
export function updatesDuring(doc: Y.Doc, write: () => void): Uint8Array[] {
  const updates: Uint8Array[] = [];
  const collect = (update: Uint8Array) => updates.push(update);
  doc.on('update', collect);
  try {
    write();
  } finally {
    doc.off('update', collect);
  }
  return updates;
}

/** The update a write makes on a copy of `doc`; `doc` itself is not changed (a client's edit, before the server checks it). */
export function updateOnCopy(doc: Y.Doc, write: (copy: Y.Doc) => void): Uint8Array {
  const copy = new Y.Doc();
  Y.applyUpdate(copy, Y.encodeStateAsUpdate(doc));
  const before = Y.encodeStateVector(copy);
  write(copy);
  return Y.encodeStateAsUpdate(copy, before);
}

/** `updatesDuring` merged into the one update a client would send for `write`. */
export function updateDuring(doc: Y.Doc, write: () => void): Uint8Array {
  return Y.mergeUpdates(updatesDuring(doc, write));
}
