import type * as Y from 'yjs';
import { readComment } from '../comments/readComment';
import {
  commentOf,
  commentsMap,
  metaMap,
  RECORD_KINDS,
  type RecordKind,
  recordOf,
  rootMap,
  type YRecord,
} from '../doc';
import { readSession, reuseSession } from '../session';
import type { Board, Comment, Locale, Snapshot } from '../types';
import { normalize, type RawRecords } from './normalize';
import { RECORD_READERS } from './records';

const READERS: {
  [K in RecordKind]: (id: string, r: YRecord) => RawRecords[K] extends Map<string, infer V> ? V : never;
} = RECORD_READERS;

export function readBoard(doc: Y.Doc): Board {
  const meta = metaMap(doc);
  const locale = meta.get('locale');
  const version = meta.get('schemaVersion');
  return {
    title: typeof meta.get('title') === 'string' ? (meta.get('title') as string) : '',
    locale: (locale === 'en' ? 'en' : 'fr') satisfies Locale,
    schemaVersion: typeof version === 'number' ? version : 0,
  };
}

/**
 * Keeps the plain records of one doc and re-reads only the records that changed, so every
 * unchanged record (and every unchanged collection) keeps its identity from one snapshot to the next.
 */
export class SnapshotReader {
  private readonly raw = Object.fromEntries(RECORD_KINDS.map((k) => [k, new Map()])) as unknown as RawRecords;
  private dirty = Object.fromEntries(RECORD_KINDS.map((k) => [k, new Set<string>()])) as Record<
    RecordKind,
    Set<string>
  >;
  private readonly comments = new Map<string, Comment>();
  private commentsDirty = new Set<string>();
  private metaDirty = true;
  private sessionDirty = true;
  private current: Snapshot | null = null;

  constructor(private readonly doc: Y.Doc) {
    for (const kind of RECORD_KINDS) for (const id of rootMap(doc, kind).keys()) this.dirty[kind].add(id);
    for (const id of commentsMap(doc).keys()) this.commentsDirty.add(id);
  }

  /** As markFromEvents, for the comments map. */
  markComments(events: readonly Y.YEvent<Y.AbstractType<unknown>>[]): void {
    for (const event of events) {
      const id = event.path[0];
      if (typeof id === 'string') this.commentsDirty.add(id);
      else for (const key of event.keys.keys()) this.commentsDirty.add(key);
    }
  }

  /** Marks records dirty from a deep event on a root map (path[0] is the record id of a nested change). */
  markFromEvents(kind: RecordKind, events: readonly Y.YEvent<Y.AbstractType<unknown>>[]): void {
    for (const event of events) {
      const id = event.path[0];
      if (typeof id === 'string') this.dirty[kind].add(id);
      else for (const key of event.keys.keys()) this.dirty[kind].add(key);
    }
  }

  markMeta(): void {
    this.metaDirty = true;
  }

  markSession(): void {
    this.sessionDirty = true;
  }

  get hasChanges(): boolean {
    return (
      this.metaDirty ||
      this.sessionDirty ||
      this.commentsDirty.size > 0 ||
      RECORD_KINDS.some((k) => this.dirty[k].size > 0)
    );
  }

  /** The snapshot after applying what changed since the last call. */
  read(): Snapshot {
    if (this.current && !this.hasChanges) return this.current;
    const board = this.metaDirty || !this.current ? readBoard(this.doc) : this.current.board;
    const sameBoard = this.current && shallowEqual(board, this.current.board) ? this.current.board : board;
    const changed = {} as Record<RecordKind, ReadonlySet<string>>;
    for (const kind of RECORD_KINDS) {
      const cache = this.raw[kind] as Map<string, unknown>;
      for (const id of this.dirty[kind]) {
        const record = recordOf(this.doc, kind, id); // a malformed record is skipped (read/malformed.ts)
        if (record) cache.set(id, (READERS[kind] as (id: string, r: YRecord) => unknown)(id, record));
        else cache.delete(id);
      }
      changed[kind] = this.dirty[kind];
      this.dirty[kind] = new Set();
    }
    this.metaDirty = false;
    const session =
      this.sessionDirty || !this.current
        ? reuseSession(this.current?.session, readSession(this.doc))
        : this.current.session;
    this.sessionDirty = false;
    this.current = {
      board: sameBoard,
      ...normalize(this.raw, this.current, changed),
      comments: this.readComments(),
      session,
    };
    return this.current;
  }

  /** The comments collection: the previous object when no comment changed, else one with only the changed ones re-read. */
  private readComments(): Snapshot['comments'] {
    const previous = this.current?.comments;
    if (previous && this.commentsDirty.size === 0) return previous;
    for (const id of this.commentsDirty) {
      const record = commentOf(this.doc, id);
      const comment = record && readComment(id, record);
      if (comment) this.comments.set(id, comment);
      else this.comments.delete(id);
    }
    this.commentsDirty = new Set();
    return Object.fromEntries(this.comments);
  }
}

function shallowEqual(a: object, b: object): boolean {
  const ka = Object.keys(a);
  return (
    ka.length === Object.keys(b).length &&
    ka.every((k) => (a as Record<string, unknown>)[k] === (b as Record<string, unknown>)[k])
  );
}
