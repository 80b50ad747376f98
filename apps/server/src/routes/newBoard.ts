/**
 * Creating a board, whatever it starts from (a template, a file, an archive): the per-address
 * hourly limit, checked before the request is read, and the store write with fresh tokens.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import * as Y from 'yjs';
import { z } from 'zod';
import { addressKey } from '../limits/addressKey';
import type { WindowCounter } from '../limits/windowCounter';
import type { BoardStore, Role } from '../storage/store';
import { hashToken, newBoardId, newBoardTokens } from '../tokens';

export const created = z.object({
  id: z.string(),
  editToken: z.string(),
  viewToken: z.string(),
  editUrl: z.string(),
  viewUrl: z.string(),
  /** The creator's link: runs the workshop (lock, timer, votes...); not meant to be shared with participants. */
  facilitatorToken: z.string(),
  facilitatorUrl: z.string(),
});

export type CreatedBoardLinks = z.infer<typeof created>;

export interface BoardCreation {
  /** An onRequest hook: counts the attempt, or replies 429 past BOARDS_PER_ADDRESS_PER_HOUR. */
  limit(request: FastifyRequest, reply: FastifyReply): Promise<void>;
  /** Stores a new board from a fresh doc (destroyed after) and returns its links; null when over the size limit. */
  save(doc: Y.Doc): Promise<CreatedBoardLinks | null>;
  /** The refusal of a board over the size limit. */
  readonly tooLarge: string;
}

export function boardCreation(options: {
  store: BoardStore;
  creations: WindowCounter;
  publicUrl: string;
  boardMaxBytes: number;
}): BoardCreation {
  const { store, creations, publicUrl } = options;
  return {
    tooLarge: `the board would be over this server's size limit (${options.boardMaxBytes} bytes)`,
    async limit(request, reply) {
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
    },
    async save(doc) {
      const snapshot = Y.encodeStateAsUpdate(doc);
      doc.destroy();
      if (snapshot.byteLength > options.boardMaxBytes) return null;
      const id = newBoardId();
      const { edit: editToken, view: viewToken, facilitator: facilitatorToken } = newBoardTokens();
      const tokens: { hash: Uint8Array; role: Role }[] = [
        { hash: hashToken(editToken), role: 'edit' },
        { hash: hashToken(viewToken), role: 'view' },
        { hash: hashToken(facilitatorToken), role: 'facilitator' },
      ];
      await store.create({ id, snapshot, tokens });
      const link = (token: string) => `${publicUrl}/b/${encodeURIComponent(id)}?token=${encodeURIComponent(token)}`;
      return {
        id,
        editToken,
        viewToken,
        editUrl: link(editToken),
        viewUrl: link(viewToken),
        facilitatorToken,
        facilitatorUrl: link(facilitatorToken),
      };
    },
  };
}
