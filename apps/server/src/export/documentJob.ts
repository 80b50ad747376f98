/**
 * The workshop's deliverables of one journey, as an export worker builds them (exportJob.ts):
 * the PDF (export/pdf/renderPdf.ts), and the Markdown and Mermaid texts of the model.
 */
import { type JourneyMapJson, toMarkdown, toMermaid, UnknownJourneyError } from '@parcours/journey';
import { type Orientation, type Paper, renderPdf } from './pdf/renderPdf';

export interface PdfJob {
  readonly kind: 'pdf';
  readonly journeyId?: string;
  readonly paper: Paper;
  readonly orientation: Orientation;
  /** A journey with more cards is refused (the PDF would run to hundreds of pages). */
  readonly maxCards: number;
  /** ISO date printed on the cover (the request's). */
  readonly date: string;
  /** The cards' pictures (thumbnails: PNG or JPEG, as the server stores them), by hash. */
  readonly images?: readonly { readonly hash: string; readonly data: Uint8Array }[];
}

export interface TextJob {
  readonly kind: 'markdown' | 'mermaid';
  readonly journeyId?: string;
  /** Mermaid: who acts in each task, the touchpoint's channel (default) or the persona. */
  readonly actor?: 'channel' | 'persona';
}

export type DocumentJob = PdfJob | TextJob;

export type DocumentResult =
  | { readonly ok: true; readonly kind: 'pdf'; readonly pdf: Uint8Array; readonly title: string }
  | { readonly ok: true; readonly kind: 'markdown' | 'mermaid'; readonly text: string; readonly title: string }
  | { readonly ok: false; readonly error: 'journey not found'; readonly known: readonly string[] }
  | { readonly ok: false; readonly error: 'too many cards'; readonly cards: number; readonly limit: number };

export async function runDocumentJob(map: JourneyMapJson, job: DocumentJob): Promise<DocumentResult> {
  const journey = job.journeyId === undefined ? map.journeys[0] : map.journeys.find((j) => j.id === job.journeyId);
  if (job.journeyId !== undefined && !journey) {
    return { ok: false, error: 'journey not found', known: map.journeys.map((j) => j.id) };
  }
  const title = journey && map.journeys.length > 1 ? `${map.title} - ${journey.title}` : map.title;
  const options = job.journeyId !== undefined ? { journeyId: job.journeyId } : {};
  try {
    if (job.kind !== 'pdf') {
      const text =
        job.kind === 'markdown'
          ? toMarkdown(map, options)
          : toMermaid(map, { ...options, actor: job.actor ?? 'channel' });
      return { ok: true, kind: job.kind, text, title };
    }
    const cards = journey?.cards.length ?? 0;
    if (cards > job.maxCards) return { ok: false, error: 'too many cards', cards, limit: job.maxCards };
    const pdf = await renderPdf(map, {
      ...options,
      paper: job.paper,
      orientation: job.orientation,
      date: new Date(job.date),
      pictures: new Map((job.images ?? []).map((image) => [image.hash, image.data])),
    });
    return { ok: true, kind: 'pdf', pdf, title };
  } catch (err) {
    if (err instanceof UnknownJourneyError) return { ok: false, error: 'journey not found', known: err.known };
    throw err;
  }
}
