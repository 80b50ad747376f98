import type { Kpi } from '../../types';
import type { JourneyView } from '../journeyView';

export interface KpiGap {
  readonly phaseId: string;
  readonly kpi: Kpi;
  /** value - target, signed so that positive is always better. */
  readonly gap: number;
  readonly met: boolean;
}

// KPIs where less is better: bounce rate, effort score, churn, waiting time, cost.
const LOWER_IS_BETTER = /rebond|bounce|\bces\b|effort|churn|attrition|d[ée]lai|attente|wait|time to|co[uû]t|cost/i;

export function lowerIsBetter(kpi: Pick<Kpi, 'name'>): boolean {
  return LOWER_IS_BETTER.test(kpi.name);
}

/** KPIs that have both a value and a target, with how far they are from it. */
export function kpiGaps(view: JourneyView): KpiGap[] {
  const out: KpiGap[] = [];
  for (const phase of view.phases) {
    for (const kpi of phase.kpis) {
      if (kpi.value === undefined || kpi.target === undefined) continue;
      const gap = lowerIsBetter(kpi) ? kpi.target - kpi.value : kpi.value - kpi.target;
      out.push({ phaseId: phase.id, kpi, gap, met: gap >= 0 });
    }
  }
  return out;
}
