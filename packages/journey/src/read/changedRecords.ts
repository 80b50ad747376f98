import type * as Y from 'yjs';
import { metaMap, RECORD_KINDS, rootMap, sessionMap } from '../doc';

/**
 * The records a transaction changed, as "kind/id" keys ("cards/abc"; "meta/title" and
 * "session/vote" for the board's plain values): what a person would call one change each, however
 * many Yjs updates the typing made. A record added, edited or deleted counts once.
 */
export function changedRecords(doc: Y.Doc, transaction: Y.Transaction): Set<string> {
  type Type = Y.Transaction['changed'] extends Map<infer K, unknown> ? K : never;
  const roots = new Map<Type, string>();
  for (const kind of RECORD_KINDS) roots.set(rootMap(doc, kind) as unknown as Type, kind);
  roots.set(metaMap(doc) as unknown as Type, 'meta');
  roots.set(sessionMap(doc) as unknown as Type, 'session');
  const out = new Set<string>();
  for (const [type, keys] of transaction.changed) {
    const root = roots.get(type);
    if (root) {
      for (const key of keys) if (key !== null) out.add(`${root}/${key}`);
      continue;
    }
    // A nested type (a card's text, its votes map...): climb to the record that holds it.
    let child = type;
    while (child._item && !roots.has(child._item.parent as Type)) child = child._item.parent as Type;
    const item = child._item;
    const kind = item && roots.get(item.parent as Type);
    if (kind && item.parentSub) out.add(`${kind}/${item.parentSub}`);
  }
  return out;
}
