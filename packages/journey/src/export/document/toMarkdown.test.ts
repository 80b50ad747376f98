import fc from 'fast-check';
import { marked, type Token, type Tokens } from 'marked';
import { describe, expect, it } from 'vitest';
import { LANE_LABELS, LANES, laneGroups, laneOf, sortByLane } from '../../blueprint/lanes';
import type { CardJson, JourneyMapJson } from '../../schema';
import { getTemplate } from '../../templates';
import { toTemplateMap } from '../../templates/createBoardDoc';
import { deliverableFixture, hostileText, oneChannelMap } from '../../testing/deliverableFixture';
import type { Lane } from '../../types';
import { UnknownJourneyError } from './outline';
import { toMarkdown } from './toMarkdown';

/** A list item "**label** : text": the label in bold, nothing else formatted. */
function labelled(tokens: readonly Token[] | undefined): string {
  const [label, ...rest] = tokens ?? [];
  if (label?.type !== 'strong') throw new Error(`A list item without its bold label: ${JSON.stringify(tokens)}`);
  return `${plain((label as Tokens.Strong).tokens)}${plain(rest)}`;
}

/** What a reader sees of a cell or list item: inline tokens as text, <br> as a newline; formatting fails. */
function plain(tokens: readonly Token[] | undefined): string {
  return (tokens ?? [])
    .map((t) => {
      if (t.type === 'text' || t.type === 'escape') return (t as Tokens.Text).text;
      if (t.type === 'html' && t.raw === '<br>') return '\n';
      throw new Error(`Board text turned into Markdown ${t.type}: ${JSON.stringify(t.raw)}`);
    })
    .join('');
}

/** The text as the export promises to show it: lines trimmed, whitespace runs as one space. */
function shown(text: string): string {
  const lines = text
    .replace(/\r\n?/g, '\n')
    // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are dropped by the export
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '')
    .split('\n')
    .map((l) => l.replace(/\s+/g, ' ').trim());
  while (lines[0] === '') lines.shift();
  while (lines.at(-1) === '') lines.pop();
  return lines.join('\n');
}

const tables = (md: string) => marked.lexer(md).filter((t): t is Tokens.Table => t.type === 'table');
const headings = (md: string, depth: number) =>
  marked.lexer(md).filter((t): t is Tokens.Heading => t.type === 'heading' && t.depth === depth);

describe('toMarkdown', () => {
  it('writes the fixture board as a stable GFM page', async () => {
    const md = toMarkdown(deliverableFixture());
    expect(toMarkdown(deliverableFixture())).toBe(md);
    await expect(md).toMatchFileSnapshot('./__snapshots__/fixture.md');
  });

  it('has one section per phase, the persona, and its tables parse back', () => {
    const md = toMarkdown(deliverableFixture());
    expect(headings(md, 1).map((h) => plain(h.tokens))).toEqual(['Atelier « Réservation » — été 2026']);
    expect(headings(md, 2).map((h) => plain(h.tokens))).toEqual([
      'Persona : Léa, 34 ans',
      '1. Découvrir',
      '2. Choisir',
      '3. Payer',
      'Courbe des émotions',
      'Indicateurs (KPI)',
      "Plan d'actions",
      'Cartes non placées',
    ]);
    const [first, second, , emotion, kpis, plan] = tables(md);
    expect(first!.header.map((c) => c.text)).toEqual([
      'Canal',
      'Point de contact',
      'Fait',
      'Pense',
      'Ressent',
      'Besoin',
      'Émotion',
    ]);
    expect(first!.rows.map((r) => r.map((c) => plain(c.tokens)))).toEqual([
      [
        'Site web',
        'Voit une publicité Instagram',
        'Clique sur la pub',
        'Ça a l’air bien',
        'Curieuse',
        'Des prix clairs',
        '+1',
      ],
      ['Appli mobile', 'Installe l’appli | compare 3 offres', '', '', '', '', '+1,5'],
    ]);
    expect(plain(second!.rows[0]![1]!.tokens)).toBe('Filtre par # de chambres: *2* ; prix < 800 € (★ moment clé)');
    expect(emotion!.header.map((c) => c.text)).toEqual(['Phase', 'Émotion', 'CSAT', 'NPS', 'CES']);
    expect(emotion!.rows.map((r) => r.map((c) => plain(c.tokens)))).toEqual([
      ['Découvrir', '+1,3', '72', '20', ''],
      ['Choisir', '-1', '', '', ''],
      ['Payer', '-2', '', '', '5,5'],
    ]);
    expect(kpis!.rows.map((r) => r.map((c) => plain(c.tokens)))).toEqual([
      ['Découvrir', 'Taux de rebond', '62 %', '40 %', '✗ -22 % (non atteint)'],
      ['Choisir', 'Conversion', '2,1 %', '3 %', '✗ -0,9 % (non atteint)'],
    ]);
    // Quick wins first, whatever the plan's own order.
    expect(plan!.rows.map((r) => plain(r[0]!.tokens))).toEqual([
      'Afficher les frais dès la recherche',
      'Refaire le tunnel de paiement',
    ]);
    expect(plain(plan!.rows[0]![7]!.tokens)).toBe(
      'Frais de service `cachés`\naffichés au paiement ; Filtre par # de chambres: *2* ; prix < 800 €',
    );
  });

  it('writes an English board in English, and refuses an unknown journey with the known ids', () => {
    const map = { ...deliverableFixture(), locale: 'en' as const };
    const md = toMarkdown(map, { journeyId: 'j-resa' });
    expect(md).toContain('| Channel | Touchpoint | Does | Thinks | Feels | Needs | Emotion |');
    expect(md).toContain('**Emotion**: +1.3');
    expect(() => toMarkdown(map, { journeyId: 'nope' })).toThrow(UnknownJourneyError);
    expect(() => toMarkdown(map, { journeyId: 'nope' })).toThrow(/j-resa/);
  });

  it('keeps random card texts full of Markdown syntax inside their table cells and list items', () => {
    const cardArb = fc.record({
      kind: fc.constantFrom('touchpoint', 'irritant', 'enchantment', 'note') as fc.Arbitrary<CardJson['kind']>,
      text: hostileText,
      does: hostileText,
      needs: hostileText,
      phase: fc.nat({ max: 1 }),
    });
    fc.assert(
      fc.property(
        fc.array(cardArb, { minLength: 1, maxLength: 12 }),
        fc.array(hostileText, { minLength: 2, maxLength: 2 }),
        hostileText,
        hostileText,
        (cards, phaseNames, channelName, actionTitle) => {
          const map = oneChannelMap({
            title: 'Hostile',
            locale: 'fr',
            phaseNames,
            channelName,
            cards,
            actions: [{ id: 'a', title: actionTitle, cardIds: ['k0'], impact: 3, effort: 3, status: 'todo' }],
          });
          const md = toMarkdown(map);
          const phaseHeadings = headings(md, 2).filter((h) => /^\d\. /.test(plain(h.tokens)));
          expect(phaseHeadings.map((h) => plain(h.tokens).replace(/^\d\. /, ''))).toEqual(
            phaseNames.map((n) => shown(n).replace(/\n/g, ' ') || '(sans nom)'),
          );
          const all = tables(md);
          // One touchpoint table per phase that has touchpoints, in phase order.
          const touchpointTables = all.filter((t) => t.header[1]?.text === 'Point de contact');
          const byPhase = phaseNames
            .map((_, p) => cards.filter((c) => c.kind === 'touchpoint' && c.phase === p))
            .filter((list) => list.length > 0);
          expect(touchpointTables).toHaveLength(byPhase.length);
          byPhase.forEach((touchpoints, t) => {
            const table = touchpointTables[t]!;
            expect(table.rows).toHaveLength(touchpoints.length);
            table.rows.forEach((row, i) => {
              expect(row).toHaveLength(7);
              expect(plain(row[1]!.tokens)).toBe(shown(touchpoints[i]!.text) || '(sans texte)');
              expect(plain(row[2]!.tokens)).toBe(shown(touchpoints[i]!.does));
              expect(plain(row[5]!.tokens)).toBe(shown(touchpoints[i]!.needs));
            });
          });
          const others = cards.filter((c) => c.kind !== 'touchpoint');
          const items = marked
            .lexer(md)
            .filter((t): t is Tokens.List => t.type === 'list')
            .flatMap((l) => l.items.map((item) => labelled((item.tokens[0] as Tokens.Text).tokens)));
          for (const card of others) {
            expect(items).toContain(
              `${shown(channelName).replace(/\n/g, ' ') || '(sans nom)'} : ${shown(card.text) || '(sans texte)'}`,
            );
          }
          const plan = all.at(-1)!;
          expect(plain(plan.rows[0]![0]!.tokens)).toBe(shown(actionTitle) || '(sans nom)');
          expect(plan.rows[0]).toHaveLength(8);
        },
      ),
      { numRuns: 150 },
    );
  });
});

describe('toMarkdown of a service blueprint', () => {
  const blueprint = (locale: 'fr' | 'en') =>
    toTemplateMap(getTemplate(`${locale}-blueprint`, locale), { locale, template: `${locale}-blueprint` });

  it('groups each phase by lane, with the lines between lanes and the touchpoint a back-office card serves', async () => {
    const md = toMarkdown(blueprint('fr'));
    await expect(md).toMatchFileSnapshot('./__snapshots__/fr-blueprint.md');
    const order = marked.lexer(md.slice(md.indexOf('## 2. Commande'), md.indexOf('## 3. Livraison')));
    const outline = order.flatMap((t) => {
      if (t.type === 'heading' && (t as Tokens.Heading).depth === 3) return [plain((t as Tokens.Heading).tokens)];
      return t.type === 'paragraph' && t.raw.startsWith('*—') ? [t.raw.trim()] : [];
    });
    expect(outline).toEqual([
      'Actions du client',
      '*— Ligne d’interaction —*',
      'Front-office (points de contact)',
      '*— Ligne de visibilité —*',
      'Back-office (coulisses)',
      '*— Ligne d’interaction interne —*',
      'Processus de support',
    ]);
    expect(md).toContain(
      '- **Actions back-office** : Exemple : l’entrepôt prépare la commande (sert : Exemple : page de paiement et e-mail de confirmation)',
    );
    const [table] = tables(md);
    expect(table!.header.map((c) => c.text).slice(0, 3)).toEqual(['Couloir', 'Canal', 'Point de contact']);
    expect(table!.rows[0]!.map((c) => plain(c.tokens)).slice(0, 2)).toEqual(['Front-office', 'Site web']);
  });

  it('writes the lanes in English, and names every line crossed between two lanes', () => {
    const en = toMarkdown(blueprint('en'));
    expect(en).toContain('| Lane | Channel | Touchpoint |');
    expect(en).toContain('*— Line of visibility —*');
    expect(en).toMatch(/\(serves: Example: [^)]+\)\n/);
    // Only the customer's and the back-office rows have cards in this phase: both lines between them.
    const map = blueprint('fr');
    const journey = map.journeys[0]!;
    journey.cards = journey.cards.filter((c) => /client valide|entrepôt/.test(c.text));
    expect(toMarkdown(map)).toContain(
      '\n\n*— Ligne d’interaction · Ligne de visibilité —*\n\n### Back-office (coulisses)\n',
    );
  });

  it('keeps random card texts under their own lane, in lane order, with the right lines between', () => {
    const cardArb = fc.record({
      kind: fc.constantFrom('touchpoint', 'irritant', 'enchantment', 'note') as fc.Arbitrary<CardJson['kind']>,
      text: hostileText,
      channel: fc.nat({ max: 3 }),
      phase: fc.nat({ max: 1 }),
      linked: fc.boolean(),
    });
    fc.assert(
      fc.property(
        fc.array(fc.option(fc.constantFrom(...LANES), { nil: undefined }), { minLength: 4, maxLength: 4 }),
        fc.array(cardArb, { minLength: 1, maxLength: 14 }),
        (lanes, cards) => {
          fc.pre(lanes.some((lane) => lane !== undefined));
          const map = laneMap(lanes, cards);
          const journey = map.journeys[0]!;
          const md = toMarkdown(map);
          const labels = LANE_LABELS.fr;
          const laneOfName = new Map(journey.channels.map((c) => [c.name, laneOf(c)]));
          const seen: string[] = [];
          const sections: string[][] = [[], []];
          let phase = -1;
          let lane: Lane | null = null;
          for (const token of marked.lexer(md)) {
            if (token.type === 'heading') {
              const { depth, tokens } = token as Tokens.Heading;
              const title = plain(tokens);
              if (depth === 2) [phase, lane] = [/^\d\. /.test(title) ? Number(title[0]) - 1 : -1, null];
              if (depth === 3) {
                lane = LANES.find((l) => labels.lanes[l] === title) ?? null;
                expect(lane, title).not.toBeNull();
                sections[phase]!.push(title);
              }
            } else if (token.type === 'paragraph' && token.raw.startsWith('*—') && phase >= 0) {
              sections[phase]!.push(token.raw);
            } else if (token.type === 'table' && lane) {
              for (const row of (token as Tokens.Table).rows) {
                const [laneCell, channel, text] = row.map((c) => plain(c.tokens));
                expect(laneCell).toBe(labels.short[lane]);
                expect(laneOfName.get(channel!)).toBe(lane);
                seen.push(`${phase} ${channel} ${text}`);
              }
            } else if (token.type === 'list' && lane) {
              for (const item of (token as Tokens.List).items) {
                const [channel, text] = labelled((item.tokens[0] as Tokens.Text).tokens).split(/ : (.*)/s);
                expect(laneOfName.get(channel!)).toBe(lane);
                seen.push(`${phase} ${channel} ${text}`);
              }
            }
          }
          const line = (text: string) => shown(text).replace(/\n/g, ' ');
          const expected = journey.cards.map((card) => {
            const channel = journey.channels.find((c) => c.id === card.channelId)!;
            const touchpoint = journey.cards.find((c) => c.id === card.touchpointId);
            const behind = laneOf(channel) === 'backstage' || laneOf(channel) === 'support';
            const serves = touchpoint && behind ? ` (sert : ${line(touchpoint.text) || '(sans texte)'})` : '';
            return `${card.phaseId!.slice(1)} ${channel.name} ${shown(card.text) || '(sans texte)'}${serves}`;
          });
          expect(seen.sort()).toEqual(expected.sort());
          // Per phase: the lanes that have cards, in lane order, each line crossed between two of them.
          journey.phases.forEach((p, i) => {
            const rows = sortByLane(journey.channels).filter((c) =>
              journey.cards.some((card) => card.phaseId === p.id && card.channelId === c.id),
            );
            const { groups, boundaries } = laneGroups(rows.map((c) => ({ lane: laneOf(c) })));
            const want = groups.flatMap((g) => {
              const b = boundaries.find((x) => x.row === g.first);
              const head = b ? [`*— ${b.lines.map((l) => labels.lines[l]).join(' · ')} —*`] : [];
              return [...head, labels.lanes[g.lane]];
            });
            expect(sections[i]!.map((x) => x.trim())).toEqual(want);
          });
        },
      ),
      { numRuns: 120 },
    );
  });
});

function laneMap(
  lanes: readonly (Lane | undefined)[],
  cards: readonly { kind: CardJson['kind']; text: string; channel: number; phase: number; linked: boolean }[],
): JourneyMapJson {
  return {
    format: 'parcours/journey-map',
    version: 1,
    title: 'Lanes',
    locale: 'fr',
    personas: [],
    journeys: [
      {
        id: 'j',
        title: 'J',
        phases: [
          { id: 'p0', name: 'Un' },
          { id: 'p1', name: 'Deux' },
        ],
        channels: lanes.map((lane, i) =>
          lane ? { id: `c${i}`, name: `C${i}`, lane } : { id: `c${i}`, name: `C${i}` },
        ),
        cards: cards.map((c, i) => ({
          id: `k${i}`,
          kind: c.kind,
          phaseId: `p${c.phase}`,
          channelId: `c${c.channel}`,
          text: c.text,
          ...(c.linked && i > 0 ? { touchpointId: 'k0' } : {}),
        })),
        actions: [],
      },
    ],
  };
}
