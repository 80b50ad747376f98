/**
 * Who may do what. Roles come with the access token the server issued; the model only states the
 * rules, the server enforces them per incoming update (see forbiddenChanges.ts).
 */

/** The roles a board's tokens grant: the one declaration (server store and API, web store). */
export const BOARD_ROLES = ['edit', 'view', 'facilitator'] as const;

export type BoardRole = (typeof BOARD_ROLES)[number];

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
 * A viewer runs nothing that writes; an editor anything but the facilitator's commands.
 */
export function canRun(role: BoardRole, command: string): boolean {
  if (role === 'facilitator') return true;
  if (role === 'view') return false;
  return !FACILITATOR_SET.has(command);
}
