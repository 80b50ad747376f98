import type { CreatedBoard } from '../../api/boards';
import { rememberBoard } from '../../store/recentBoards';
import { boardPath, navigate } from '../router';

/**
 * The creator of a board (from a template or an imported file) runs its workshop: they land on it
 * with the facilitator link, and this device remembers that link and the two it shares.
 */
export function openCreatedBoard(created: CreatedBoard, title: string): void {
  rememberBoard({
    id: created.id,
    title,
    token: created.facilitatorToken,
    role: 'facilitator',
    editToken: created.editToken,
    viewToken: created.viewToken,
  });
  navigate(boardPath(created.id, created.facilitatorToken));
}
