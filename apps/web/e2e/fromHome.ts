/**
 * Starting where a user starts: the home page, a board created by clicking (title, the French
 * 8-phase template, "Créer le tableau"), then the board's links as the share dialog shows them.
 */
import type { Page } from 'playwright-core';
import { createBoardFromHome, readShareDialog } from './board';
import type { Server } from './harness';

export interface HomeBoard {
  readonly boardId: string;
  /** The links copied from *Partager*: the creator is the board's facilitator, so it sees all three. */
  readonly editLink: string;
  readonly facilitatorLink: string;
}

/** The page's participant must already have a name (newParticipant with a name). */
export async function createFromHome(page: Page, server: Server, title: string): Promise<HomeBoard> {
  const boardId = await createBoardFromHome(page, server.url, { title, template: "Parcours d'achat en 8 phases" });
  const links = await readShareDialog(page);
  if (!links.edit || !links.facilitator) throw new Error('the creator should see the edit and facilitator links');
  return { boardId, editLink: links.edit, facilitatorLink: links.facilitator };
}
