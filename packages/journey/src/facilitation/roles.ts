/**
 * Who may do what. Roles come with the access token the server issued; the model only states the
 * rules, the server enforces them per incoming update (see forbiddenChanges.ts).
 */

/**
 * The roles a board's tokens grant: the one declaration (server store and API, web store).
 * `comment`: sees the board and writes comments, nothing else (a reviewer's link).
 */
export const BOARD_ROLES = ['edit', 'view', 'facilitator', 'comment'] as const;

export type BoardRole = (typeof BOARD_ROLES)[number];

/** Commands a commenter runs (comments/): everything else changes the board. */
export const COMMENT_COMMANDS = [
  'addComment',
  'replyToComment',
  'editComment',
  'deleteComment',
  'resolveThread',
  'reopenThread',
] as const;

const COMMENT_SET = new Set<string>(COMMENT_COMMANDS);

/** Commands that only a facilitator may run: they change the session for everyone. */
export const FACILITATOR_ONLY = [
  'lockStructure',
  'startTimer',
  'pauseTimer',
  'resumeTimer',
  'resetTimer',
  'setPrivateMode',
  'revealCards',
  'openVote',
  'closeVote',
  'openRatingRound',
  'closeRatingRound',
] as const;

export type FacilitatorCommand = (typeof FACILITATOR_ONLY)[number];

const FACILITATOR_SET = new Set<string>(FACILITATOR_ONLY);

/**
 * Whether a role may run a command (by its exported name), for the UI to show or hide it.
 * A viewer runs nothing that writes; a commenter only comment commands; an editor anything but the
 * facilitator's commands.
 */
export function canRun(role: BoardRole, command: string): boolean {
  if (role === 'facilitator') return true;
  if (role === 'view') return false;
  if (role === 'comment') return COMMENT_SET.has(command);
  return !FACILITATOR_SET.has(command);
}
