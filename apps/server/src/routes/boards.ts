/**
 * Creating boards (from a template or an imported file) and reading a board's summary.
 */

import { apiError, boardAccess, boardSummary, createBoardBody, createdBoard } from '@parcours/api';
import { type BoardRole, createBoardDoc, fromJson, fromPng, orderedJourneys, toSnapshot } from '@parcours/journey';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import * as Y from 'yjs';
import type { z } from 'zod';
import { addressKey } from '../limits/addressKey';
import type { WindowCounter } from '../limits/windowCounter';
import type { AuthLimiter } from '../relay/authLimiter';
import type { Rooms } from '../relay/rooms';
import { boardLink } from '../shareLink';
import type { BoardStore } from '../storage/store';
import { hashToken, newBoardId, newBoardTokens, shareableTokens } from '../tokens';
import { accessRefusals, authorize, bearer, boardParams, tokenQuery } from './access';
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

export function registerBoardRoutes(fastify: FastifyInstance, options: BoardRoutesOptions): BoardCreation {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
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
  async function saveNewBoard(doc: Y.Doc): Promise<z.infer<typeof createdBoard> | null> {
    const snapshot = Y.encodeStateAsUpdate(doc);
    const stateVector = Y.encodeStateVector(doc);
    doc.destroy();
    if (snapshot.byteLength > options.boardMaxBytes) return null;
    const id = newBoardId();
    const { edit: editToken, view: viewToken, facilitator: facilitatorToken, comment: commentToken } = newBoardTokens();
    const tokens: { hash: Uint8Array; role: BoardRole }[] = [
      { hash: hashToken(editToken), role: 'edit' },
      { hash: hashToken(viewToken), role: 'view' },
      { hash: hashToken(facilitatorToken), role: 'facilitator' },
      { hash: hashToken(commentToken), role: 'comment' },
    ];
    await store.create({ id, snapshot, tokens });
    rooms.rememberNewBoard(id, snapshot, stateVector); // its first load needs no doc (relay/knownSnapshots.ts)
    const link = (token: string) => boardLink(publicUrl, id, token);
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

  /** Answers 201 with the new board's links, or 413 when it is over the size limit. */
  async function replyCreated(reply: FastifyReply, doc: Y.Doc): Promise<FastifyReply> {
    const board = await saveNewBoard(doc);
    return board ? reply.code(201).send(board) : reply.code(413).send({ error: tooLarge });
  }

  app.post(
    '/api/boards',
    {
      onRequest: limitCreation,
      schema: {
        summary: 'Create a board from a template',
        tags: ['boards'],
        body: createBoardBody,
        response: { 201: createdBoard, 400: apiError, 413: apiError, 429: apiError },
      },
    },
    async (request, reply) => {
      const { title, locale, template } = request.body;
      return replyCreated(reply, createBoardDoc({ locale, template, ...(title ? { title } : {}) }));
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
        response: { 201: createdBoard, 400: apiError, 413: apiError, 415: apiError, 429: apiError },
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
      return replyCreated(
        reply,
        Buffer.isBuffer(request.body) ? fromPng(new Uint8Array(request.body)) : fromJson(request.body),
      );
    },
  );

  app.get(
    '/api/boards/:id/access',
    {
      schema: {
        summary: 'The role a token gives on a board and the links it may share, without reading the board',
        description:
          "What the web app asks first when it opens a board: answered from the board's record alone, so it costs nothing however large the board is (the summary below reads the whole board).",
        tags: ['boards'],
        params: boardParams,
        querystring: tokenQuery,
        response: { 200: boardAccess, ...accessRefusals },
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

  app.get(
    '/api/boards/:id',
    {
      schema: {
        summary: "A board's title, locale, journeys and counts, and the role of the token",
        tags: ['boards'],
        params: boardParams,
        querystring: tokenQuery,
        response: { 200: boardSummary, ...accessRefusals },
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
      const body: z.infer<typeof boardSummary> = {
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
