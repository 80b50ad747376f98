import type * as Y from 'yjs';
import { cardPatchSchema } from '../commands/cardFields';
import { transact } from '../commands/transact';
import { recordOf, setField } from '../doc';
import type { SurveyPreview } from './previewSurvey';

/** Why a survey could not be applied; nothing was written. */
export class SurveyApplyError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`The survey was not applied: ${problems.join('; ')}`);
    this.name = 'SurveyApplyError';
  }
}

/**
 * Writes the previewed figures onto their touchpoints, all in one transaction (one undo step, one
 * update for the peers), replacing the figures the survey gives and keeping the others. All or
 * nothing: when a touchpoint was deleted or changed kind since the preview, or a figure is out of
 * range, it throws a SurveyApplyError and writes nothing. With `strict`, rows left out of the
 * preview (its issues) also stop it.
 */
export function applySurvey(doc: Y.Doc, preview: SurveyPreview, options: { strict?: boolean } = {}): void {
  const problems: string[] = [];
  if (options.strict && preview.issues.length > 0)
    problems.push(`${preview.issues.length} row(s) could not be used (first: ${preview.issues[0]!.message})`);
  const writes = preview.matches.map((match) => {
    const patch = { csat: match.csat, nps: match.nps, ces: match.ces };
    const parsed = cardPatchSchema.safeParse(patch);
    if (!parsed.success) problems.push(`"${match.text}": ${parsed.error.issues[0]!.path.join('.')} out of range`);
    return { match, patch };
  });
  transact(doc, () => {
    for (const { match } of writes) {
      const card = recordOf(doc, 'cards', match.cardId);
      if (!card) problems.push(`the touchpoint "${match.text}" was deleted`);
      else if (card.get('kind') !== 'touchpoint') problems.push(`"${match.text}" is no longer a touchpoint`);
    }
    if (problems.length > 0) return;
    for (const { match, patch } of writes) {
      const card = recordOf(doc, 'cards', match.cardId)!;
      for (const [key, value] of Object.entries(patch)) if (value !== undefined) setField(card, key, value);
    }
  });
  if (problems.length > 0) throw new SurveyApplyError(problems);
}
