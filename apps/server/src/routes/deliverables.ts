/**
 * The workshop's deliverables of one journey: a PDF to print, Markdown to paste into a wiki, a
 * Mermaid `journey` diagram. Same reading and limits as the other exports (the live doc when the
 * board is loaded; built in the export pool: 429 or 503 with Retry-After past its limits).
 */

import { apiError } from '@parcours/api';
import type { FastifyInstance, FastifyReply } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { TextJob } from '../export/documentJob';
import type { ExportResult } from '../export/exportJob';
import type { ExportPool } from '../export/exportPool';
import { PAPER_SIZES, type Paper } from '../export/pdf/renderPdf';
import { bytes, fileReply, text } from '../http/fileReply';
import type { ImageStore } from '../images/imageStore';
import type { AuthLimiter } from '../relay/authLimiter';
import type { Rooms } from '../relay/rooms';
import type { BoardStore } from '../storage/store';
import { type AccessRequest, accessRefusals, authorize, boardParams, tokenQuery } from './access';
import { attachment, fileBaseName, poolRefusals } from './export';
import { exportRunner } from './exportRunner';

export interface DeliverableRoutesOptions {
  readonly store: BoardStore;
  readonly rooms: Rooms;
  readonly limiter: AuthLimiter;
  readonly exports: ExportPool;
  /** The boards' images: the PDF draws the cards' pictures. */
  readonly images?: ImageStore;
}

const PAPERS = Object.keys(PAPER_SIZES) as [Paper, ...Paper[]];

const journeyQuery = tokenQuery.extend({
  journey: z.string().max(64).optional().meta({ description: 'Journey id; the first journey when absent' }),
  journeyId: z.string().max(64).optional().meta({ description: 'Same as journey (the name export.png uses)' }),
});

const pdfQuery = journeyQuery.extend({
  paper: z
    .enum(PAPERS)
    .default('A4')
    .meta({ description: `Paper size: ${PAPERS.join(', ')}` }),
  orientation: z.enum(['landscape', 'portrait']).default('landscape'),
});

const mermaidQuery = journeyQuery.extend({
  actor: z
    .enum(['channel', 'persona'])
    .default('channel')
    .meta({ description: "Actor of each task: the touchpoint's channel or the journey's persona" }),
});

type JourneyQuery = z.infer<typeof journeyQuery>;

/** Refusals of every deliverable: an unknown journey or too many cards (400), the access checks, the pool. */
const refusals = { 400: apiError, ...accessRefusals, ...poolRefusals };
const pdfFile = fileReply('application/pdf', bytes('The PDF document'));
/** Text files: the content type they are sent with and their extension. */
const MARKDOWN = { mime: 'text/markdown', extension: 'md' } as const;
const MERMAID = { mime: 'text/vnd.mermaid', extension: 'mmd' } as const;

export function registerDeliverableRoutes(fastify: FastifyInstance, options: DeliverableRoutesOptions): void {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const { exports } = options;
  const checks = { store: options.store, limiter: options.limiter };
  const run = exportRunner(options);

  /** 400 naming the journeys the board has, for an unknown id; true when the reply was sent. */
  const refused = (reply: FastifyReply, result: ExportResult, journeyId: string | undefined): boolean => {
    if (result.ok) return false;
    if (result.error === 'journey not found' && 'known' in result) {
      reply.code(400).send({
        error: `unknown journey "${journeyId}"; this board's journeys: ${result.known.join(', ') || 'none'}`,
      });
    } else if (result.error === 'too many cards') {
      reply.code(400).send({
        error: `this journey has ${result.cards} cards; a PDF takes at most ${result.limit} (EXPORT_PDF_MAX_CARDS): export it as Markdown, or split it`,
      });
    } else {
      throw new Error(`unexpected export refusal: ${result.error}`);
    }
    return true;
  };
  const journeyOf = (q: JourneyQuery) => q.journey ?? q.journeyId;

  app.get(
    '/api/boards/:id/export.pdf',
    {
      schema: {
        summary:
          'One journey as a PDF document: cover, map over as many pages as it takes, emotion curve, action plan, KPIs',
        tags: ['export'],
        params: boardParams,
        querystring: pdfQuery,
        response: { 200: pdfFile, ...refusals },
      },
    },
    async (request, reply) => {
      const access = await authorize(checks, request, reply);
      if (!access) return reply;
      const journeyId = journeyOf(request.query);
      const { paper, orientation } = request.query;
      const result = await run(
        reply,
        { boardId: access.board.id, address: request.ip },
        {
          kind: 'pdf',
          paper,
          orientation,
          maxCards: exports.limits.pdfMaxCards,
          date: new Date().toISOString(),
          ...(journeyId !== undefined ? { journeyId } : {}),
        },
      );
      if (!result || refused(reply, result, journeyId)) return reply;
      if (!result.ok || result.kind !== 'pdf')
        throw new Error('the export pool answered a PDF export with something else');
      const { pdf } = result;
      return reply
        .header('content-type', 'application/pdf')
        .header('content-disposition', attachment(`${fileBaseName(result.title)}.pdf`))
        .send(Buffer.from(pdf.buffer, pdf.byteOffset, pdf.byteLength));
    },
  );

  /** Markdown or Mermaid of one journey, sent as text, or the refusal. */
  const sendText = async (
    request: AccessRequest & { query: JourneyQuery },
    reply: FastifyReply,
    spec: Omit<TextJob, 'journeyId'>,
    file: { mime: string; extension: string },
  ) => {
    const access = await authorize(checks, request, reply);
    if (!access) return reply;
    const journeyId = journeyOf(request.query);
    const result = await run(
      reply,
      { boardId: access.board.id, address: request.ip },
      { ...spec, ...(journeyId !== undefined ? { journeyId } : {}) },
    );
    if (!result || refused(reply, result, journeyId)) return reply;
    if (!result.ok || result.kind !== spec.kind)
      throw new Error(`the export pool answered a ${spec.kind} export with something else`);
    return reply
      .header('content-type', `${file.mime}; charset=utf-8`)
      .header('content-disposition', attachment(`${fileBaseName(result.title)}.${file.extension}`))
      .send(result.text);
  };

  app.get(
    '/api/boards/:id/export.md',
    {
      schema: {
        summary:
          'One journey as GitHub-flavoured Markdown (persona, phases, touchpoints, irritants, emotion, KPIs, action plan)',
        tags: ['export'],
        params: boardParams,
        querystring: journeyQuery,
        response: { 200: fileReply(MARKDOWN.mime, text('The Markdown document')), ...refusals },
      },
    },
    async (request, reply) => sendText(request, reply, { kind: 'markdown' }, MARKDOWN),
  );

  app.get(
    '/api/boards/:id/export.mmd',
    {
      schema: {
        summary: 'One journey as a Mermaid journey diagram (one section per phase, one task per touchpoint)',
        tags: ['export'],
        params: boardParams,
        querystring: mermaidQuery,
        response: { 200: fileReply(MERMAID.mime, text('The Mermaid journey diagram')), ...refusals },
      },
    },
    async (request, reply) => sendText(request, reply, { kind: 'mermaid', actor: request.query.actor }, MERMAID),
  );
}
