/**
 * Creating boards (from a template or an imported file) and reading a board's summary.
 */

import { createBoardDoc, fromJson, fromPng, orderedJourneys, toSnapshot } from '@parcours/journey';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import * as Y from 'yjs';
import { z } from 'zod';
import { errorSchema } from '../http/validation';
import { addressKey } from '../limits/addressKey';
import type { WindowCounter } from '../limits/windowCounter';
import type { AuthLimiter } from '../relay/authLimiter';
import type { Rooms } from '../relay/rooms';
import type { BoardStore, Role } from '../storage/store';
import { hashToken, newBoardId, newBoardTokens, shareableTokens } from '../tokens';
import { authorize, bearer, boardParams, tokenQuery } from './access';
import type { BoardCreation } from './archive';

export interface BoardRoutesOptions {
  readonly store: BoardStore;
  readonly rooms: Rooms;
  /** Failed token checks per address, shared with the relay. */
  readonly limiter: AuthLimiter;
  /** Boards created per address (BOARDS_PER_ADDRESS_PER_HOUR), templates and imports alike. */
  readonly creations: WindowCounter;
  /** A new board over this many bytes is refused (BOARD_MAX_BYTES): it could never be edited. */
  readonly boardMaxBytes: number;
  /** Base of share links, e.g. https://parcours.example.org */
  readonly publicUrl: string;
}

const TEMPLATES = [
  'fr-purchase-8',
  'en-purchase-8',
  'fr-lifecycle-5',
  'en-lifecycle-5',
  'fr-blueprint',
  'en-blueprint',
  'blank',
] as const;

const createBody = z.object({
  title: z.string().trim().max(200).optional().meta({ description: "Blank: the template's title" }),
  locale: z.enum(['fr', 'en']).default('fr'),
  template: z.enum(TEMPLATES).default('blank'),
});

export const created = z.object({
  id: z.string(),
  editToken: z.string(),
  viewToken: z.string(),
  editUrl: z.string(),
  viewUrl: z.string(),
  /** The creator's link: runs the workshop (lock, timer, votes...); not meant to be shared with participants. */
  facilitatorToken: z.string(),
  facilitatorUrl: z.string(),
  /** A reviewer's link: sees the board and comments, nothing else. */
  commentToken: z.string(),
  commentUrl: z.string(),
});

const counts = z.object({
  personas: z.number(),
  journeys: z.number(),
  phases: z.number(),
  channels: z.number(),
  cards: z.number(),
  actions: z.number(),
});

const access = z.object({
  id: z.string(),
  role: z.enum(['edit', 'view', 'facilitator', 'comment']),
  facilitated: z
    .boolean()
    .meta({ description: 'The board has a facilitator: only their token renames, deletes and restores versions' }),
  tokens: z
    .object({
      facilitator: z.string().optional(),
      edit: z.string().optional(),
      view: z.string().optional(),
      comment: z.string().optional(),
    })
    .meta({
      description:
        'The tokens this one may share: itself, and for a facilitator the edit, comment and view tokens, for an editor the comment and view tokens (derived from it: see Access)',
    }),
});

const summary = z.object({
  id: z.string(),
  title: z.string(),
  locale: z.enum(['fr', 'en']),
  schemaVersion: z.number(),
  role: z.enum(['edit', 'view', 'facilitator', 'comment']),
  createdAt: z.string(),
  updatedAt: z.string(),
  counts,
  journeys: z.array(
    z.object({
      id: z.string(),
      title: z.string(),
      stage: z.enum(['as-is', 'to-be']),
      personaId: z.string().nullable(),
      phases: z.number(),
      channels: z.number(),
      cards: z.number(),
      actions: z.number(),
    }),
  ),
});

export function registerBoardRoutes(app: FastifyInstance, options: BoardRoutesOptions): BoardCreation {
  const { store, rooms, publicUrl, creations } = options;
  const checks = { store, limiter: options.limiter };
  const tooLarge = `the board would be over this server's size limit (${options.boardMaxBytes} bytes)`;

  /**
   * Counts an attempt to create a board, or refuses it past the hourly limit. An onRequest hook:
   * a refused import is not even read.
   */
  async function limitCreation(request: FastifyRequest, reply: FastifyReply): Promise<void> {
    const address = addressKey(request.ip); // an IPv6 /64 counts as one address
    if (creations.blocked(address)) {
      const seconds = Math.max(1, Math.ceil(creations.retryAfterMs(address) / 1000));
      await reply
        .code(429)
        .header('retry-after', String(seconds))
        .send({
          error: `too many boards created from this address (${creations.max} per hour): try again in ${Math.ceil(seconds / 60)} min`,
        });
      return;
    }
    creations.record(address);
  }

  /** Stores a new board from a fresh doc and returns its share links, or null when it is over the size limit. */
  async function saveNewBoard(doc: Y.Doc): Promise<z.infer<typeof created> | null> {
    const snapshot = Y.encodeStateAsUpdate(doc);
    const stateVector = Y.encodeStateVector(doc);
    doc.destroy();
    if (snapshot.byteLength > options.boardMaxBytes) return null;
    const id = newBoardId();
    const { edit: editToken, view: viewToken, facilitator: facilitatorToken, comment: commentToken } = newBoardTokens();
    const tokens: { hash: Uint8Array; role: Role }[] = [
      { hash: hashToken(editToken), role: 'edit' },
      { hash: hashToken(viewToken), role: 'view' },
      { hash: hashToken(facilitatorToken), role: 'facilitator' },
      { hash: hashToken(commentToken), role: 'comment' },
    ];
    await store.create({ id, snapshot, tokens });
    rooms.rememberNewBoard(id, snapshot, stateVector); // its first load needs no doc (relay/knownSnapshots.ts)
    const link = (token: string) => `${publicUrl}/b/${encodeURIComponent(id)}?token=${encodeURIComponent(token)}`;
    return {
      id,
      editToken,
      viewToken,
      editUrl: link(editToken),
      viewUrl: link(viewToken),
      facilitatorToken,
      facilitatorUrl: link(facilitatorToken),
      commentToken,
      commentUrl: link(commentToken),
    };
  }

  app.post<{ Body: z.infer<typeof createBody> }>(
    '/api/boards',
    {
      onRequest: limitCreation,
      schema: {
        summary: 'Create a board from a template',
        tags: ['boards'],
        body: createBody,
        response: { 201: created, 400: errorSchema, 413: errorSchema, 429: errorSchema },
      },
    },
    async (request, reply) => {
      const { title, locale, template } = request.body;
      const doc = createBoardDoc({ locale, template, ...(title ? { title } : {}) });
      const board = await saveNewBoard(doc);
      if (!board) return reply.code(413).send({ error: tooLarge });
      return reply.code(201).send(board);
    },
  );

  app.post(
    '/api/boards/import',
    {
      onRequest: limitCreation,
      schema: {
        summary: 'Create a board from an exported journey map (v1 JSON, or a PNG exported by Parcours)',
        tags: ['boards'],
        consumes: ['application/json', 'image/png'],
        response: { 201: created, 400: errorSchema, 413: errorSchema, 415: errorSchema, 429: errorSchema },
      },
    },
    async (request, reply) => {
      const type = (request.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
      if (type !== 'application/json' && type !== 'image/png') {
        return reply
          .code(415)
          .send({ error: 'send application/json (a journey map) or image/png (a Parcours export)' });
      }
      // fromJson/fromPng validate everything before building the doc: a bad file creates nothing.
      const doc = Buffer.isBuffer(request.body) ? fromPng(new Uint8Array(request.body)) : fromJson(request.body);
      const board = await saveNewBoard(doc);
      if (!board) return reply.code(413).send({ error: tooLarge });
      return reply.code(201).send(board);
    },
  );

  app.get<{ Params: { id: string }; Querystring: { token?: string } }>(
    '/api/boards/:id/access',
    {
      schema: {
        summary: 'The role a token gives on a board and the links it may share, without reading the board',
        description:
          "What the web app asks first when it opens a board: answered from the board's record alone, so it costs nothing however large the board is (the summary below reads the whole board).",
        tags: ['boards'],
        params: boardParams,
        querystring: tokenQuery,
        response: { 200: access, 401: errorSchema, 404: errorSchema, 429: errorSchema },
      },
    },
    async (request, reply) => {
      const checked = await authorize(checks, request, reply);
      if (!checked) return reply;
      const token = request.query.token ?? bearer(request.headers.authorization) ?? '';
      return {
        id: checked.board.id,
        role: checked.role,
        facilitated: checked.board.tokens.some((t) => t.role === 'facilitator'),
        tokens: shareableTokens(checked.board.tokens, token, checked.role),
      };
    },
  );

  app.get<{ Params: { id: string }; Querystring: { token?: string } }>(
    '/api/boards/:id',
    {
      schema: {
        summary: "A board's title, locale, journeys and counts, and the role of the token",
        tags: ['boards'],
        params: boardParams,
        querystring: tokenQuery,
        response: { 200: summary, 401: errorSchema, 404: errorSchema, 429: errorSchema },
      },
    },
    async (request, reply) => {
      const access = await authorize(checks, request, reply);
      if (!access) return reply;
      const snapshot = await rooms.read(access.board.id, toSnapshot);
      if (!snapshot) return reply.code(404).send({ error: 'board not found' });
      const cards = Object.values(snapshot.cards);
      const phases = Object.values(snapshot.phases);
      const channels = Object.values(snapshot.channels);
      const actions = Object.values(snapshot.actions);
      const body: z.infer<typeof summary> = {
        id: access.board.id,
        title: snapshot.board.title,
        locale: snapshot.board.locale,
        schemaVersion: snapshot.board.schemaVersion,
        role: access.role,
        createdAt: access.board.createdAt.toISOString(),
        updatedAt: access.board.updatedAt.toISOString(),
        counts: {
          personas: Object.keys(snapshot.personas).length,
          journeys: Object.keys(snapshot.journeys).length,
          phases: phases.length,
          channels: channels.length,
          cards: cards.length,
          actions: actions.length,
        },
        journeys: orderedJourneys(snapshot).map((j) => ({
          id: j.id,
          title: j.title,
          stage: j.stage,
          personaId: j.personaId,
          phases: phases.filter((p) => p.journeyId === j.id).length,
          channels: channels.filter((c) => c.journeyId === j.id).length,
          cards: cards.filter((c) => c.journeyId === j.id).length,
          actions: actions.filter((a) => a.journeyId === j.id).length,
        })),
      };
      return body;
    },
  );

  // The archive import (routes/archive.ts) creates boards the same way, under the same limit.
  return { limit: limitCreation, save: saveNewBoard, tooLarge };
}
