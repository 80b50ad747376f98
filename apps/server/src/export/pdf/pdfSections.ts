/** The other pages of the PDF: the cover, the emotion curve, the action plan, the KPIs and the unplaced cards. */
import {
  drawLane,
  formatAmount,
  formatEmotion,
  formatNumber,
  type JourneyMapJson,
  type JourneyOutline,
  layoutMap,
  PNG_LAYOUT,
} from '@parcours/journey';
import type { PdfCanvas } from './pdfCanvas';
import { MARGIN, type Pages } from './pdfPages';
import { drawTable, MUTED, paragraph } from './pdfText';

export function drawCover(
  ctx: PdfCanvas,
  pages: Pages,
  map: JourneyMapJson,
  outline: JourneyOutline | null,
  date: Date,
): void {
  const L = pages.labels;
  let y = pages.newPage() + pages.size.height * 0.12;
  const x = MARGIN * 2;
  const width = pages.width - 2 * MARGIN;
  y = paragraph(ctx, map.title, x, y, width, { size: 26, bold: true, maxLines: 4 }) + 10;
  if (!outline) {
    paragraph(ctx, L.noJourney, x, y, width, { size: 14, color: MUTED });
    return;
  }
  const { journey, persona } = outline;
  const stage = journey.stage === 'to-be' ? L.toBe : L.asIs;
  y = paragraph(ctx, `${journey.title} · ${stage}`, x, y, width, { size: 15, maxLines: 2 }) + 4;
  const when = new Intl.DateTimeFormat(map.locale === 'fr' ? 'fr-FR' : 'en-GB', { dateStyle: 'long' }).format(date);
  const counts = `${journey.phases.length} ${L.phase.toLowerCase()}s · ${L.cards(outline.cardCount)} · ${when}`;
  y = paragraph(ctx, counts, x, y, width, { size: 11, color: MUTED }) + 28;
  if (!persona) return;
  ctx.fillStyle = '#f6f8fa';
  const boxTop = y;
  y += 14;
  y = paragraph(ctx, `${L.persona}${L.colon}${persona.name}`, x + 14, y, width - 28, {
    size: 15,
    bold: true,
    maxLines: 2,
  });
  if (persona.segment)
    y = paragraph(ctx, persona.segment, x + 14, y + 2, width - 28, { size: 11, color: MUTED, maxLines: 2 });
  if (persona.quote?.trim()) {
    const [open, close] = map.locale === 'fr' ? ['« ', ' »'] : ['“', '”'];
    y = paragraph(ctx, `${open}${persona.quote.trim()}${close}`, x + 14, y + 10, width - 28, { size: 14, maxLines: 5 });
  }
  if (persona.description?.trim()) {
    y = paragraph(ctx, persona.description, x + 14, y + 8, width - 28, { size: 10.5, maxLines: 6 });
  }
  const list = (label: string, values: readonly string[] | undefined) => {
    if (!values?.length) return;
    y = paragraph(ctx, `${label}${L.colon}${values.join(' ; ')}`, x + 14, y + 6, width - 28, {
      size: 10.5,
      maxLines: 4,
    });
  };
  list(L.goals, persona.goals);
  list(L.frustrations, persona.frustrations);
  ctx.strokeStyle = '#d0d7de';
  ctx.lineWidth = 1;
  ctx.strokeRect(x, boxTop, width, y - boxTop + 14);
}

export function drawEmotions(ctx: PdfCanvas, pages: Pages, outline: JourneyOutline): void {
  const { map, journey, phases } = outline;
  if (phases.length === 0) return;
  const L = pages.labels;
  let y = pages.section(L.emotionCurve);
  const scale = 0.75;
  const layout = layoutMap(map, {
    journeyId: journey.id,
    width: pages.width / scale + 2 * PNG_LAYOUT.padding,
    unbounded: true,
  });
  const laneHeight = 200;
  const lane = { x: layout.grid.x, y: layout.grid.y, width: layout.grid.width, height: laneHeight };
  ctx.save();
  ctx.translate(MARGIN - layout.grid.x * scale, y - layout.grid.y * scale);
  ctx.scale(scale, scale);
  drawLane(
    ctx,
    { ...layout, lane },
    phases.map((p) => p.emotion),
    L.emotion,
  );
  // Phase names under their points, as far as the column width allows.
  for (const column of layout.columns) {
    paragraph(ctx, column.phase.name, column.x + 4, lane.y + laneHeight + 6, column.width - 8, {
      size: 11,
      bold: true,
      maxLines: 3,
    });
  }
  ctx.restore();
  y += (laneHeight + 56) * scale + 10;
  const withSurvey = phases.some((p) => p.survey !== null);
  const figure = (n: number | null | undefined) =>
    n === null || n === undefined ? '' : formatNumber(n, map.locale, 1);
  pages.cursor = drawTable(
    ctx,
    pages,
    y,
    [
      { title: L.phase, weight: 4 },
      { title: L.emotion, weight: 1.4 },
      ...(withSurvey
        ? [
            { title: 'CSAT', weight: 1 },
            { title: 'NPS', weight: 1 },
            { title: 'CES', weight: 1 },
          ]
        : []),
    ],
    phases.map((p) => [
      `${p.index + 1}. ${p.phase.name}`,
      p.emotion === null ? '' : formatEmotion(p.emotion, map.locale),
      ...(withSurvey ? [figure(p.survey?.csat), figure(p.survey?.nps), figure(p.survey?.ces)] : []),
    ]),
  );
}

export function drawActions(ctx: PdfCanvas, pages: Pages, outline: JourneyOutline): void {
  if (outline.actions.length === 0) return;
  const L = pages.labels;
  const y = pages.section(L.actionPlan);
  pages.cursor = drawTable(
    ctx,
    pages,
    y,
    [
      { title: L.action, weight: 5 },
      { title: L.priority, weight: 2.2 },
      { title: L.impact, weight: 1.2 },
      { title: L.effort, weight: 1.2 },
      { title: L.owner, weight: 2.2 },
      { title: L.due, weight: 1.8 },
      { title: L.status, weight: 1.6 },
      { title: L.linkedCards, weight: 5 },
    ],
    outline.actions.map(({ action, quadrant, cards }) => [
      action.title,
      L.quadrants[quadrant],
      String(action.impact),
      String(action.effort),
      action.owner ?? '',
      action.due ?? '',
      L.statuses[action.status],
      cards.map((text) => `• ${text}`).join('\n'),
    ]),
  );
}

export function drawKpis(ctx: PdfCanvas, pages: Pages, outline: JourneyOutline): void {
  if (outline.kpis.length === 0) return;
  const L = pages.labels;
  const locale = outline.map.locale;
  const y = pages.section(L.kpis);
  pages.cursor = drawTable(
    ctx,
    pages,
    y,
    [
      { title: L.phase, weight: 3 },
      { title: L.kpi, weight: 4 },
      { title: L.value, weight: 2 },
      { title: L.target, weight: 2 },
      { title: L.gap, weight: 3 },
    ],
    outline.kpis.map(({ phase, kpi, gap }) => [
      phase.name,
      kpi.name,
      kpi.value === undefined ? '' : formatAmount(kpi.value, kpi.unit, locale),
      kpi.target === undefined ? '' : formatAmount(kpi.target, kpi.unit, locale),
      gap === null
        ? ''
        : `${gap >= 0 ? '✓' : '✗'} ${gap > 0 ? '+' : ''}${formatAmount(gap, kpi.unit, locale)} (${gap >= 0 ? L.met : L.notMet})`,
    ]),
  );
}

export function drawUnplaced(ctx: PdfCanvas, pages: Pages, outline: JourneyOutline): void {
  if (outline.unplaced.length === 0) return;
  const L = pages.labels;
  const y = pages.section(L.unplaced);
  pages.cursor = drawTable(
    ctx,
    pages,
    y,
    [
      { title: L.kind, weight: 1 },
      { title: L.text, weight: 5 },
    ],
    outline.unplaced.map((card) => [L.kinds[card.kind], card.text]),
  );
}
