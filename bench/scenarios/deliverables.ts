/**
 * Scenario 8, the workshop's deliverables: the PDF of a 2,000-card journey through the server's
 * route (GET /api/boards/:id/export.pdf, A4 landscape, board read from SQLite, built in the export
 * pool) and in this process (renderPdf, as the export worker runs it); Markdown and Mermaid of a
 * 10,000-card journey in this process (toMarkdown / toMermaid from the JSON form, as the browser
 * runs them for *Copier le Markdown*). Targets: PDF < 1 s on the server, texts < 100 ms.
 */
import { type JourneyMapJson, toJson, toMarkdown, toMermaid } from '@parcours/journey';
import { renderPdf } from '../../apps/server/src/export/pdf/renderPdf';
import { buildBoard } from '../fixtures/boards';
import { median } from '../lib/stats';
import { nowMs } from '../lib/time';
import { timeFetches } from '../lib/timeFetches';
import { ServerHandle } from '../servers/handle';
import { Collector, type ScenarioOptions } from './types';

const PDF_CARDS = 2_000;
const TEXT_CARDS = 10_000;
const TIMEOUT_MS = 30_000;

export async function runDeliverables(options: ScenarioOptions): Promise<{ collector: Collector; notes: string[] }> {
  const pdfIterations = options.quick ? 2 : 5;
  const textIterations = options.quick ? 3 : 10;
  const collector = new Collector();
  collector.define('pdf', `PDF of a ${PDF_CARDS.toLocaleString('en')}-card journey, A4 landscape`, 'ms', 'lower');
  collector.define('pdfBytes', 'PDF size', 'KB', 'lower');
  collector.define('markdown', `Markdown of a ${TEXT_CARDS.toLocaleString('en')}-card journey`, 'ms', 'lower');
  collector.define('mermaid', `Mermaid of a ${TEXT_CARDS.toLocaleString('en')}-card journey`, 'ms', 'lower');
  const notes = [
    `Each repetition: median of ${pdfIterations} PDFs and ${textIterations} texts after one warm-up. Server: wall time of the HTTP request from the bench process (reads the board from SQLite, builds its doc and the PDF in an export worker). In process: renderPdf, toMarkdown and toMermaid on the JSON form, in the bench process.`,
  ];
  const small = pdfMap();
  const large = (() => {
    const { doc } = buildBoard(TEXT_CARDS);
    const json = toJson(doc);
    doc.destroy();
    return json;
  })();

  await measure(['pdf', 'pdfBytes'], 'server', async () => {
    const server = await ServerHandle.start('parcours', options.serverFlags);
    try {
      const target = await server.newRoom(small);
      const url = `${server.baseUrl}/api/boards/${target.room}/export.pdf?token=${target.token}&paper=A4&orientation=landscape`;
      for (let rep = 0; rep < options.reps; rep++) {
        const { times, bytes } = await timeFetches(url, pdfIterations, TIMEOUT_MS, 'export.pdf');
        collector.add('pdf', 'server', median(times));
        collector.add('pdfBytes', 'server', bytes / 1024);
        options.log(`  deliverables pdf server rep ${rep + 1}: ${median(times).toFixed(0)} ms`);
      }
    } finally {
      server.kill();
    }
  });

  await measure(['pdf', 'pdfBytes', 'markdown', 'mermaid'], 'inProcess', async () => {
    for (let rep = 0; rep < options.reps; rep++) {
      const pdfTimes: number[] = [];
      let bytes = 0;
      for (let i = -1; i < pdfIterations; i++) {
        const t0 = nowMs();
        const pdf = await renderPdf(small, { paper: 'A4', orientation: 'landscape', date: new Date() });
        if (i >= 0) pdfTimes.push(nowMs() - t0);
        bytes = pdf.byteLength;
      }
      collector.add('pdf', 'inProcess', median(pdfTimes));
      collector.add('pdfBytes', 'inProcess', bytes / 1024);
      const texts: string[] = [];
      for (const [key, write] of [
        ['markdown', toMarkdown],
        ['mermaid', toMermaid],
      ] as const) {
        const times: number[] = [];
        for (let i = -1; i < textIterations; i++) {
          const t0 = nowMs();
          const text = write(large);
          if (i >= 0) times.push(nowMs() - t0);
          if (text.length < TEXT_CARDS)
            throw new Error(`${key} of ${TEXT_CARDS} cards is only ${text.length} characters`);
        }
        collector.add(key, 'inProcess', median(times));
        texts.push(`${key} ${median(times).toFixed(1)} ms`);
      }
      options.log(
        `  deliverables in-process rep ${rep + 1}: pdf ${median(pdfTimes).toFixed(0)} ms, ${texts.join(', ')}`,
      );
    }
  });
  return { collector, notes };

  async function measure(keys: readonly string[], column: string, run: () => Promise<void>): Promise<void> {
    try {
      await run();
    } catch (err) {
      options.log(`  deliverables ${column} failed: ${(err as Error).message}`);
      collector.fail(keys, column, err);
    }
  }
}

function pdfMap(): JourneyMapJson {
  const { doc } = buildBoard(PDF_CARDS);
  const json = toJson(doc);
  doc.destroy();
  return json;
}
