/**
 * The deliverables through the real server: the PDF parsed back with pdf.js (every phase and card
 * text found, page count and size as asked, fonts embedded, no text below the minimum size, a map
 * too large for one page tiled with its headers repeated), Markdown and Mermaid, and the refusals
 * (unknown paper or journey: 400 with the accepted values; a journey over the card limit); a
 * service blueprint's lanes and lines on every map page that shows their rows.
 */

import type { CardJson, JourneyMapJson } from '@parcours/journey';
import { deliverableFixture } from '@parcours/journey/testing';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { findFontFiles } from '../src/export/pdf/fonts';
import { exportJson, importedBoard } from './boardFiles';
import { type CreatedBoard, createBoard, startServer, type TestServer } from './helpers';
import { useServer } from './useServer';

interface ParsedPdf {
  readonly pages: { width: number; height: number; text: string; sizes: number[] }[];
  readonly fonts: { name: string; embedded: boolean }[];
}

async function parsePdf(bytes: Uint8Array): Promise<ParsedPdf> {
  const doc = await getDocument({ data: bytes, disableFontFace: true, useSystemFonts: false, verbosity: 0 }).promise;
  const pages: ParsedPdf['pages'] = [];
  const fonts = new Map<string, { name: string; embedded: boolean }>();
  try {
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const { width, height } = page.getViewport({ scale: 1 });
      const content = await page.getTextContent();
      const items = content.items.filter((i) => 'str' in i && i.str.trim() !== '') as {
        str: string;
        transform: number[];
        fontName: string;
      }[];
      await page.getOperatorList(); // loads the page's fonts into commonObjs
      for (const item of items) {
        if (fonts.has(item.fontName)) continue;
        const font = page.commonObjs.get(item.fontName) as { name: string; missingFile: boolean };
        fonts.set(item.fontName, { name: font.name, embedded: !font.missingFile });
      }
      pages.push({
        width,
        height,
        text: items
          .map((i) => i.str)
          .join(' ')
          .replace(/\s+/g, ' '),
        sizes: items.map((i) => Math.hypot(i.transform[0]!, i.transform[1]!)),
      });
    }
  } finally {
    await doc.destroy();
  }
  return { pages, fonts: [...fonts.values()] };
}

const allText = (pdf: ParsedPdf) => pdf.pages.map((p) => p.text).join(' ');

/** The board's PDF, as a viewer downloads it; `query`: more parameters (`&paper=A3`). */
function pdfOf(server: TestServer, board: CreatedBoard, query = '') {
  return server.app.inject({
    method: 'GET',
    url: `/api/boards/${board.id}/export.pdf?token=${board.viewToken}${query}`,
  });
}

describe('deliverables', () => {
  const server = useServer({ logLevel: false, exports: { pdfMaxCards: 5_000 } });
  let board: CreatedBoard;
  const url = (path: string, query = '') => `/api/boards/${board.id}/${path}?token=${board.viewToken}${query}`;
  beforeAll(async () => {
    board = await importedBoard(server.app, deliverableFixture());
  });

  it('exports a PDF with every phase and card, in embedded fonts, at the paper size asked', async () => {
    const res = await server.app.inject({ method: 'GET', url: url('export.pdf', '&paper=A4&orientation=landscape') });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.headers['content-disposition']).toContain('.pdf');
    const pdf = await parsePdf(new Uint8Array(res.rawPayload));
    // Cover, map, emotion curve and action plan, KPIs and unplaced cards (short sections share a page).
    expect(pdf.pages).toHaveLength(4);
    for (const page of pdf.pages) {
      expect(page.width).toBeCloseTo(841.89, 1);
      expect(page.height).toBeCloseTo(595.28, 1);
    }
    const text = allText(pdf);
    const map = deliverableFixture();
    const journey = map.journeys[0]!;
    for (const phase of journey.phases) expect(text).toContain(phase.name);
    for (const channel of journey.channels) expect(text).toContain(channel.name);
    for (const card of journey.cards) expect(text).toContain(card.text.replace(/\s+/g, ' '));
    // The cover: title, persona and quote; the plan ranks the quick win first.
    expect(pdf.pages[0]!.text).toContain('Atelier « Réservation » — été 2026');
    expect(pdf.pages[0]!.text).toContain('« Je veux savoir tout de suite ce que ça va me coûter. »');
    expect(pdf.pages[0]!.text).toContain('Léa, 34 ans');
    const plan = pdf.pages.find((p) => p.text.includes("Plan d'actions"))!.text;
    expect(plan.indexOf('Afficher les frais')).toBeLessThan(plan.indexOf('Refaire le tunnel'));
    expect(text).toContain('Taux de rebond');
    expect(text).toContain('CSAT');
    // Emoji come from the fallback font, the rest from DejaVu; all embedded.
    expect(pdf.fonts.map((f) => f.name).sort()).toEqual(
      expect.arrayContaining([expect.stringMatching(/DejaVuSans$/), expect.stringMatching(/DejaVuSans-Bold$/)]),
    );
    for (const font of pdf.fonts) expect(font.embedded, font.name).toBe(true);
    // The sun of "Photos 🌞 magnifiques" is not in DejaVu: drawn with Symbola where installed (CI, Docker).
    if (findFontFiles().fallback) expect(pdf.fonts.some((f) => f.name.endsWith('+Symbola'))).toBe(true);
    expect(Math.min(...pdf.pages.flatMap((p) => p.sizes))).toBeGreaterThanOrEqual(7);
  });

  it('takes A3, letter and portrait', async () => {
    for (const [query, width, height] of [
      ['&paper=A3&orientation=portrait', 841.89, 1190.55],
      ['&paper=letter', 792, 612],
    ] as const) {
      const res = await server.app.inject({ method: 'GET', url: url('export.pdf', query) });
      expect(res.statusCode).toBe(200);
      const pdf = await parsePdf(new Uint8Array(res.rawPayload));
      expect(pdf.pages[0]!.width).toBeCloseTo(width, 1);
      expect(pdf.pages[0]!.height).toBeCloseTo(height, 1);
    }
  });

  it('refuses an unknown paper or journey with the accepted values', async () => {
    const paper = await server.app.inject({ method: 'GET', url: url('export.pdf', '&paper=A5') });
    expect(paper.statusCode).toBe(400);
    expect(JSON.stringify(paper.json())).toMatch(/A4.*A3.*letter/);
    const orientation = await server.app.inject({ method: 'GET', url: url('export.pdf', '&orientation=diagonal') });
    expect(orientation.statusCode).toBe(400);
    expect(JSON.stringify(orientation.json())).toMatch(/landscape.*portrait/);
    for (const path of ['export.pdf', 'export.md', 'export.mmd']) {
      const res = await server.app.inject({ method: 'GET', url: url(path, '&journey=nope') });
      expect(res.statusCode).toBe(400);
      expect(res.json().error).toBe(`unknown journey "nope"; this board's journeys: j-resa`);
    }
    const noToken = await server.app.inject({ method: 'GET', url: `/api/boards/${board.id}/export.md` });
    expect(noToken.statusCode).toBe(401);
  });

  it('exports Markdown and Mermaid of the journey', async () => {
    const md = await server.app.inject({ method: 'GET', url: url('export.md', '&journey=j-resa') });
    expect(md.statusCode).toBe(200);
    expect(md.headers['content-type']).toBe('text/markdown; charset=utf-8');
    expect(md.headers['content-disposition']).toContain('.md');
    expect(md.body).toContain('| Canal | Point de contact | Fait | Pense | Ressent | Besoin | Émotion |');
    expect(md.body).toContain('Installe l’appli \\| compare 3 offres');
    const mmd = await server.app.inject({ method: 'GET', url: url('export.mmd') });
    expect(mmd.statusCode).toBe(200);
    expect(mmd.headers['content-type']).toBe('text/vnd.mermaid; charset=utf-8');
    expect(mmd.body.split('\n').slice(0, 3)).toEqual([
      'journey',
      '  title Atelier « Réservation » — été 2026',
      '  section Découvrir',
    ]);
    const persona = await server.app.inject({ method: 'GET', url: url('export.mmd', '&actor=persona') });
    expect(persona.body).toContain('    Voit une publicité Instagram: 4: Léa#44; 34 ans\n');
    const bad = await server.app.inject({ method: 'GET', url: url('export.mmd', '&actor=everyone') });
    expect(bad.statusCode).toBe(400);
    expect(JSON.stringify(bad.json())).toMatch(/channel.*persona/);
  });

  it('documents the three routes in the OpenAPI document', async () => {
    const res = await server.app.inject({ method: 'GET', url: '/api/docs/json' });
    expect(res.statusCode).toBe(200);
    const paths = res.json().paths as Record<string, { get?: { parameters?: { name: string }[] } }>;
    for (const path of ['/api/boards/{id}/export.pdf', '/api/boards/{id}/export.md', '/api/boards/{id}/export.mmd']) {
      expect(paths[path]?.get, path).toBeDefined();
    }
    const names = paths['/api/boards/{id}/export.pdf']!.get!.parameters!.map((p) => p.name);
    expect(names).toEqual(expect.arrayContaining(['token', 'journey', 'paper', 'orientation']));
  });

  it('builds the PDF of a 10,000-card journey (the default limit) in bounded time', async () => {
    const map = deliverableFixture();
    const journey = map.journeys[0]!;
    journey.cards = Array.from({ length: 10_000 }, (_, i) => ({
      id: `c${i}`,
      kind: 'touchpoint' as const,
      phaseId: journey.phases[i % 3]!.id,
      channelId: journey.channels[(i >> 4) % 3]!.id,
      text: `Carte ${i + 1}`,
    }));
    journey.actions = [];
    const limited = await startServer({ logLevel: false });
    try {
      const created = await importedBoard(limited.app, map);
      const started = performance.now();
      const res = await pdfOf(limited, created, '&paper=A3');
      expect(res.statusCode).toBe(200);
      // About 1.5 s on an idle core; the pool's own timeout (30 s) is the bound that matters.
      expect(performance.now() - started).toBeLessThan(30_000);
      const pages = res.rawPayload.toString('latin1').match(/\/Type \/Page\n/g)?.length ?? 0;
      expect(pages).toBeGreaterThan(20);
    } finally {
      await limited.close();
    }
  }, 120_000);

  it('tiles a map too large for a page: headers repeated on every page, every card found, text never tiny', async () => {
    const map = deliverableFixture();
    const journey = map.journeys[0]!;
    journey.phases = Array.from({ length: 9 }, (_, i) => ({ id: `p${i}`, name: `Étape ${i + 1}` }));
    const cards: CardJson[] = Array.from({ length: 360 }, (_, i) => ({
      id: `c${i}`,
      kind: (['touchpoint', 'irritant', 'enchantment', 'note'] as const)[i % 4]!,
      phaseId: `p${i % 9}`,
      channelId: journey.channels[i % 3]!.id,
      text: `Carte numéro ${i + 1}`,
    }));
    // A long note stays whole: its card grows to hold it.
    const long =
      'Le client compare les offres sur plusieurs sites avant de se décider, puis appelle le service client pour vérifier les frais de livraison et le délai annoncé.';
    cards.push({ id: 'long', kind: 'note', phaseId: 'p4', channelId: journey.channels[1]!.id, text: long });
    journey.cards = cards;
    journey.actions = [];
    const big = await importedBoard(server.app, map);
    const res = await pdfOf(server, big, '&paper=A4&orientation=portrait');
    expect(res.statusCode).toBe(200);
    const pdf = await parsePdf(new Uint8Array(res.rawPayload));
    const mapPages = pdf.pages.filter((p) => p.text.includes('Réserver un séjour') && p.text.includes('Étape'));
    expect(mapPages.length).toBeGreaterThan(4);
    for (const page of mapPages) expect(page.text).toMatch(/Étape \d/);
    expect(mapPages.some((p) => p.text.includes('Site web (suite)'))).toBe(true);
    const text = allText(pdf);
    for (const card of cards.filter((c) => c.id !== 'long')) expect(text).toMatch(new RegExp(`${card.text}(?!\\d)`));
    expect(text).toContain(long);
    for (const phase of journey.phases) expect(text).toContain(phase.name);
    const cardSizes = mapPages.flatMap((p) => p.sizes);
    expect(Math.min(...cardSizes)).toBeGreaterThanOrEqual(7);
  });

  it("draws a service blueprint's lanes and lines on every map page that shows their rows", async () => {
    const created = await createBoard(server.app, { title: 'Blueprint', locale: 'fr', template: 'fr-blueprint' });
    const exported = await exportJson(server.app, created);
    const map = exported.json() as JourneyMapJson;
    const journey = map.journeys[0]!;
    const lane = (name: string) => journey.channels.find((c) => c.name === name)!.id;
    // Tall back-office and support rows: both lanes cut across pages.
    for (let i = 0; i < 150; i++) {
      journey.cards.push({
        id: `b${i}`,
        kind: 'note',
        phaseId: journey.phases[i % 4]!.id,
        channelId: lane(i % 3 === 0 ? 'Processus de support' : 'Actions back-office'),
        text: `Tâche interne ${i + 1}`,
      });
    }
    // A touchpoint behind the line of visibility: in the PDF and Markdown, not in the customer's Mermaid journey.
    journey.cards.push({
      id: 'relance',
      kind: 'touchpoint',
      phaseId: journey.phases[2]!.id,
      channelId: lane('Actions back-office'),
      text: 'Relance du transporteur',
    });
    const big = await importedBoard(server.app, map);
    const res = await pdfOf(server, big, '&paper=A4&orientation=portrait');
    expect(res.statusCode).toBe(200);
    const pdf = await parsePdf(new Uint8Array(res.rawPayload));
    const shows = (page: { text: string }, channel: string) => page.text.includes(channel);
    const starts = (page: { text: string }, channel: string) =>
      new RegExp(`${channel}(?! \\(suite\\))`).test(page.text);
    // Several pages across (columns) and down (rows), the back-office row continued on a next page.
    expect(pdf.pages.filter((p) => shows(p, 'Actions back-office')).length).toBeGreaterThan(2);
    expect(pdf.pages.some((p) => shows(p, 'Actions back-office (suite)'))).toBe(true);
    const lanes: [string, string][] = [
      ['Actions du client', 'CLIENT'],
      ['Site web', 'FRONT-OFFICE'],
      ['Actions back-office', 'BACK-OFFICE'],
      ['Processus de support', 'SUPPORT'],
    ];
    const lines: [string, RegExp][] = [
      ['Site web', /Ligne d’interaction(?! interne)/],
      ['Actions back-office', /Ligne de visibilité/],
      ['Processus de support', /Ligne d’interaction interne/],
    ];
    let pagesWithRows = 0;
    for (const page of pdf.pages) {
      for (const [channel, name] of lanes) {
        if (!shows(page, channel)) continue;
        pagesWithRows++;
        expect(page.text, `${channel} without its lane`).toContain(name);
      }
      // A line is drawn where the group below it starts: on the page that shows that row's top.
      for (const [channel, line] of lines) {
        expect(line.test(page.text), `${channel}: ${line}`).toBe(starts(page, channel));
      }
    }
    expect(pagesWithRows).toBeGreaterThan(4);
    // On paper, the lane names and lines are no smaller than the rest of the map.
    const sizes = pdf.pages.filter((p) => shows(p, 'Actions back-office')).flatMap((p) => p.sizes);
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(7);
    // The text deliverables of the same board: the rows under their lanes; the customer's journey alone in Mermaid.
    const md = await server.app.inject({
      method: 'GET',
      url: `/api/boards/${big.id}/export.md?token=${big.viewToken}`,
    });
    expect(md.body).toContain('*— Ligne de visibilité —*\n\n### Back-office (coulisses)\n');
    expect(md.body).toContain('(sert : Exemple : page de paiement et e-mail de confirmation)');
    const mmd = await server.app.inject({
      method: 'GET',
      url: `/api/boards/${big.id}/export.mmd?token=${big.viewToken}`,
    });
    expect(mmd.body).toContain('Exemple #58; page de paiement');
    expect(md.body).toContain('| Back-office | Actions back-office | Relance du transporteur |');
    expect(allText(pdf)).toContain('Relance du transporteur');
    expect(mmd.body).not.toContain('Relance du transporteur');
  });

  it('refuses a PDF of a journey over the card limit, saying the limit', async () => {
    const limited = await startServer({ logLevel: false, exports: { pdfMaxCards: 5 } });
    try {
      const created = await importedBoard(limited.app, deliverableFixture());
      const res = await pdfOf(limited, created);
      expect(res.statusCode).toBe(400);
      expect(res.json().error).toContain('8 cards; a PDF takes at most 5 (EXPORT_PDF_MAX_CARDS)');
      const md = await limited.app.inject({
        method: 'GET',
        url: `/api/boards/${created.id}/export.md?token=${created.viewToken}`,
      });
      expect(md.statusCode).toBe(200);
    } finally {
      await limited.close();
    }
  });
});
