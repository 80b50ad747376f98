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
import { type Column, drawTable, MUTED, paragraph } from './pdfText';

type PhaseOutline = JourneyOutline['phases'][number];

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
  const figure = (n: number | null) => (n === null ? '' : formatNumber(n, map.locale, 1));
  const survey = phases.some((p) => p.survey !== null)
    ? (['csat', 'nps', 'ces'] as const).map(
        (key): Column<PhaseOutline> => ({
          title: key.toUpperCase(),
          weight: 1,
          cell: (p) => (p.survey ? figure(p.survey[key]) : ''),
        }),
      )
    : [];
  pages.cursor = drawTable(ctx, pages, y, phases, [
    { title: L.phase, weight: 4, cell: (p) => `${p.index + 1}. ${p.phase.name}` },
    { title: L.emotion, weight: 1.4, cell: (p) => (p.emotion === null ? '' : formatEmotion(p.emotion, map.locale)) },
    ...survey,
  ]);
}

export function drawActions(ctx: PdfCanvas, pages: Pages, outline: JourneyOutline): void {
  const L = pages.labels;
  tableSection(ctx, pages, L.actionPlan, outline.actions, [
    { title: L.action, weight: 5, cell: ({ action }) => action.title },
    { title: L.priority, weight: 2.2, cell: ({ quadrant }) => L.quadrants[quadrant] },
    { title: L.impact, weight: 1.2, cell: ({ action }) => String(action.impact) },
    { title: L.effort, weight: 1.2, cell: ({ action }) => String(action.effort) },
    { title: L.owner, weight: 2.2, cell: ({ action }) => action.owner ?? '' },
    { title: L.due, weight: 1.8, cell: ({ action }) => action.due ?? '' },
    { title: L.status, weight: 1.6, cell: ({ action }) => L.statuses[action.status] },
    { title: L.linkedCards, weight: 5, cell: ({ cards }) => cards.map((text) => `• ${text}`).join('\n') },
  ]);
}

export function drawKpis(ctx: PdfCanvas, pages: Pages, outline: JourneyOutline): void {
  const L = pages.labels;
  const locale = outline.map.locale;
  const amount = (n: number | undefined, unit: string | undefined) =>
    n === undefined ? '' : formatAmount(n, unit, locale);
  tableSection(ctx, pages, L.kpis, outline.kpis, [
    { title: L.phase, weight: 3, cell: ({ phase }) => phase.name },
    { title: L.kpi, weight: 4, cell: ({ kpi }) => kpi.name },
    { title: L.value, weight: 2, cell: ({ kpi }) => amount(kpi.value, kpi.unit) },
    { title: L.target, weight: 2, cell: ({ kpi }) => amount(kpi.target, kpi.unit) },
    {
      title: L.gap,
      weight: 3,
      cell: ({ kpi, gap }) =>
        gap === null
          ? ''
          : `${gap >= 0 ? '✓' : '✗'} ${gap > 0 ? '+' : ''}${amount(gap, kpi.unit)} (${gap >= 0 ? L.met : L.notMet})`,
    },
  ]);
}

export function drawUnplaced(ctx: PdfCanvas, pages: Pages, outline: JourneyOutline): void {
  const L = pages.labels;
  tableSection(ctx, pages, L.unplaced, outline.unplaced, [
    { title: L.kind, weight: 1, cell: (card) => L.kinds[card.kind] },
    { title: L.text, weight: 5, cell: (card) => card.text },
  ]);
}

/** A section that is one table: its title, then the table (the next section may follow on its page); none without rows. */
function tableSection<R>(
  ctx: PdfCanvas,
  pages: Pages,
  title: string,
  records: readonly R[],
  columns: readonly Column<R>[],
): void {
  if (records.length === 0) return;
  pages.cursor = drawTable(ctx, pages, pages.section(title), records, columns);
}
