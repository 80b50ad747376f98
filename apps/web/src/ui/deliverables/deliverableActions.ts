/**
 * The workshop's deliverables from the board page: Markdown and Mermaid written here from the doc
 * on this device (they work offline and include edits not yet sent, as the JSON export), the PDF
 * drawn by the server for the paper asked.
 */
import { toJson, toMarkdown, toMermaid } from '@parcours/journey';
import { ApiError, fetchExport } from '../../api/boards';
import { useBoardStore } from '../../store/boardStore';
import { downloadBlob, fileNameOf } from '../common/download';

export type TextFormat = 'markdown' | 'mermaid';
export type Paper = 'A4' | 'A3' | 'letter';
export type Orientation = 'landscape' | 'portrait';

const TEXT_FILES: Record<TextFormat, { extension: string; type: string }> = {
  markdown: { extension: 'md', type: 'text/markdown' },
  mermaid: { extension: 'mmd', type: 'text/vnd.mermaid' },
};

/** The journey on screen as Markdown or Mermaid text; null without a board. */
export function deliverableText(format: TextFormat): string | null {
  const { doc, journeyId } = useBoardStore.getState();
  if (!doc) return null;
  const map = toJson(doc);
  const options = journeyId && map.journeys.some((j) => j.id === journeyId) ? { journeyId } : {};
  return format === 'markdown' ? toMarkdown(map, options) : toMermaid(map, options);
}

/** "Board title - Journey title" when the board has several journeys, else the board title. */
function baseName(): string {
  const { snapshot, journeyId } = useBoardStore.getState();
  const title = snapshot?.board.title ?? 'parcours';
  const journey = journeyId ? snapshot?.journeys[journeyId] : undefined;
  const several = snapshot ? Object.keys(snapshot.journeys).length > 1 : false;
  return several && journey?.title ? `${title} - ${journey.title}` : title;
}

export function downloadText(format: TextFormat): void {
  const text = deliverableText(format);
  if (text === null) return;
  const { extension, type } = TEXT_FILES[format];
  downloadBlob(new Blob([text], { type: `${type};charset=utf-8` }), fileNameOf(baseName(), extension));
}

/** Copies the text; must run inside the click that asked for it (the clipboard wants a user gesture). */
export async function copyText(format: TextFormat): Promise<void> {
  const text = deliverableText(format);
  if (text === null) return;
  await navigator.clipboard.writeText(text);
}

export function pdfUrl(boardId: string, token: string, paper: Paper, orientation: Orientation, journeyId?: string) {
  const params = new URLSearchParams({ token, paper, orientation });
  if (journeyId) params.set('journey', journeyId);
  return `/api/boards/${encodeURIComponent(boardId)}/export.pdf?${params}`;
}

/** Why the server refused a PDF: its size (the card limit), or anything else (message for the log). */
export type PdfOutcome = 'ok' | 'too-large' | 'failed';

/** Downloads the PDF of the journey on screen. */
export async function downloadPdf(paper: Paper, orientation: Orientation): Promise<PdfOutcome> {
  const { boardId, tokens, journeyId } = useBoardStore.getState();
  if (!boardId || !tokens.current) return 'failed';
  let pdf: Blob;
  try {
    pdf = await fetchExport(pdfUrl(boardId, tokens.current, paper, orientation, journeyId ?? undefined));
  } catch (err) {
    const tooLarge = err instanceof ApiError && err.status === 400 && err.message.includes('EXPORT_PDF_MAX_CARDS');
    return tooLarge ? 'too-large' : 'failed';
  }
  downloadBlob(pdf, fileNameOf(baseName(), 'pdf'));
  return 'ok';
}
