import type * as Y from 'yjs';
import { cardPatchSchema } from '../commands/cardFields';
import { transact } from '../commands/transact';
import { recordOf, setField } from '../doc';
import { LIMITS } from '../format/limits';
import type { SurveyPreview } from './previewSurvey';

/** Why a survey could not be applied, as a code the UI words in its language; `text` is the touchpoint's. */
export type SurveyApplyProblem =
  | { readonly kind: 'rows-left-out'; readonly count: number }
  | { readonly kind: 'out-of-range'; readonly text: string; readonly field: string }
  | { readonly kind: 'deleted'; readonly text: string }
  | { readonly kind: 'not-a-touchpoint'; readonly text: string };

/** Why a survey could not be applied; nothing was written. */
export class SurveyApplyError extends Error {
  constructor(readonly problems: readonly SurveyApplyProblem[]) {
    super(`The survey was not applied: ${problems.map(describe).join('; ')}`);
    this.name = 'SurveyApplyError';
  }
}

function describe(problem: SurveyApplyProblem): string {
  switch (problem.kind) {
    case 'rows-left-out':
      return `${problem.count} row(s) could not be used`;
    case 'out-of-range':
      return `"${problem.text}": ${problem.field} out of range`;
    case 'deleted':
      return `the touchpoint "${problem.text}" was deleted`;
    case 'not-a-touchpoint':
      return `"${problem.text}" is no longer a touchpoint`;
  }
}

/**
 * Writes the previewed figures onto their touchpoints, all in one transaction (one undo step, one
 * update for the peers), replacing the figures the survey gives and keeping the others. When the
 * mapping has a comment column, the touchpoint's survey comments (`feedback`) become this file's
 * (the first LIMITS.feedbackPerCard). All or nothing: when a touchpoint was deleted or changed kind
 * since the preview, or a figure is out of range, it throws a SurveyApplyError and writes nothing.
 * With `strict`, rows left out of the preview (its issues) also stop it.
 */
export function applySurvey(doc: Y.Doc, preview: SurveyPreview, options: { strict?: boolean } = {}): void {
  const problems: SurveyApplyProblem[] = [];
  if (options.strict && preview.issues.length > 0)
    problems.push({ kind: 'rows-left-out', count: preview.issues.length });
  const writes = preview.matches.map((match) => {
    const feedback = preview.withComments
      ? match.comments.slice(0, LIMITS.feedbackPerCard).map((c) => c.slice(0, LIMITS.shortText))
      : undefined;
    const patch = {
      csat: match.csat,
      nps: match.nps,
      ces: match.ces,
      ...(feedback === undefined ? {} : { feedback: feedback.length > 0 ? feedback : null }),
    };
    const parsed = cardPatchSchema.safeParse(patch);
    if (!parsed.success)
      problems.push({ kind: 'out-of-range', text: match.text, field: parsed.error.issues[0]!.path.join('.') });
    return { match, patch };
  });
  transact(doc, () => {
    for (const { match } of writes) {
      const card = recordOf(doc, 'cards', match.cardId);
      if (!card) problems.push({ kind: 'deleted', text: match.text });
      else if (card.get('kind') !== 'touchpoint') problems.push({ kind: 'not-a-touchpoint', text: match.text });
    }
    if (problems.length > 0) return;
    for (const { match, patch } of writes) {
      const card = recordOf(doc, 'cards', match.cardId)!;
      // undefined: the survey does not give it (kept); null: cleared.
      for (const [key, value] of Object.entries(patch)) if (value !== undefined) setField(card, key, value);
    }
  });
  if (problems.length > 0) throw new SurveyApplyError(problems);
}
