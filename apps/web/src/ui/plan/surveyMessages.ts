import type { SurveyApplyProblem, SurveyIssue } from '@parcours/journey';
import type { TFunction } from 'i18next';
import { formatNumber } from '../../i18n/formatNumber';

const METRIC_NAMES = { csat: 'CSAT', nps: 'NPS', ces: 'CES' } as const;

/**
 * A survey row left out, in the UI language: the model gives a code and its parameters
 * (previewSurvey), the words are the UI's, so a French board shows no English line.
 */
export function surveyIssueText(t: TFunction<'plan'>, language: string, issue: SurveyIssue): string {
  const number = (n: number | undefined) => (n === undefined ? '' : formatNumber(n, language));
  const text = t(`survey.issue.${issue.kind}`, {
    value: issue.value,
    metric: issue.metric ? METRIC_NAMES[issue.metric] : '',
    min: number(issue.min),
    max: number(issue.max),
    count: issue.count,
  });
  return issue.line > 0 ? `${t('survey.line', { line: issue.line })} ${text}` : text;
}

/** Why nothing was written (applySurvey), in the UI language. */
export function surveyApplyText(t: TFunction<'plan'>, problems: readonly SurveyApplyProblem[]): string {
  const words = problems.map((p) =>
    p.kind === 'rows-left-out'
      ? t('survey.applyProblem.rows-left-out', { count: p.count })
      : p.kind === 'out-of-range'
        ? t('survey.applyProblem.out-of-range', { text: p.text, field: p.field })
        : t(`survey.applyProblem.${p.kind}`, { text: p.text }),
  );
  return t('survey.notApplied', { problems: words.join(' ; ') });
}
