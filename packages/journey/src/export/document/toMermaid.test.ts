// @vitest-environment jsdom
// Mermaid parses with its own grammar and sanitizes titles with DOMPurify, which needs a DOM.
import fc from 'fast-check';
import mermaid from 'mermaid';
import { beforeAll, describe, expect, it } from 'vitest';
import { getTemplate } from '../../templates';
import { toTemplateMap } from '../../templates/createBoardDoc';
import { deliverableFixture, hostileText, oneChannelMap } from '../../testing/deliverableFixture';
import { MERMAID_TASK_LENGTH, toMermaid } from './toMermaid';

interface ParsedJourney {
  readonly title: string;
  readonly sections: string[];
  readonly tasks: { section: string; task: string; score: number; people: string[] }[];
}

/**
 * The diagram as Mermaid reads it: its own preprocessing, entity encoding and jison parser, then
 * what its renderer draws (entity codes decoded, as the browser does with the SVG it writes).
 */
async function parseMermaid(text: string): Promise<ParsedJourney> {
  await mermaid.parse(text); // throws on a syntax error
  const diagram = (await mermaid.mermaidAPI.getDiagramFromText(text)) as unknown as {
    db: {
      getDiagramTitle(): string;
      getSections(): string[];
      getTasks(): { section: string; task: string; score: number; people: string[] }[];
    };
  };
  const shown = (s: string) =>
    s.replace(/ﬂ°°(\d+)¶ß/g, (_m, code: string) => String.fromCodePoint(Number(code))).replace(/ﬂ°(\w+)¶ß/g, '&$1;');
  return {
    title: shown(diagram.db.getDiagramTitle()),
    sections: diagram.db.getSections().map(shown),
    tasks: diagram.db.getTasks().map((t) => ({
      section: shown(t.section),
      task: shown(t.task),
      score: t.score,
      people: t.people.map(shown),
    })),
  };
}

beforeAll(() => {
  mermaid.initialize({ startOnLoad: false });
});

describe('toMermaid', () => {
  it('draws the fixture journey: title, one section per phase, one task per touchpoint with its score and channel', async () => {
    const text = toMermaid(deliverableFixture());
    expect(text).toMatchInlineSnapshot(`
      "journey
        title Atelier « Réservation » — été 2026
        section Découvrir
          Voit une publicité Instagram: 4: Site web
          Installe l’appli | compare 3 offres: 5: Appli mobile
        section Choisir
          Filtre par #35; de chambres#58; *2* #59; prix #60; 800 €: 2: Site web
        section Payer
          Appelle le service client #58; journey de 20 min: 1: Téléphone
      "
    `);
    const parsed = await parseMermaid(text);
    expect(parsed.title).toBe('Atelier « Réservation » — été 2026');
    expect(parsed.sections).toEqual(['Découvrir', 'Choisir', 'Payer']);
    expect(parsed.tasks).toEqual([
      { section: 'Découvrir', task: 'Voit une publicité Instagram', score: 4, people: ['Site web'] },
      { section: 'Découvrir', task: 'Installe l’appli | compare 3 offres', score: 5, people: ['Appli mobile'] },
      { section: 'Choisir', task: 'Filtre par # de chambres: *2* ; prix < 800 €', score: 2, people: ['Site web'] },
      { section: 'Payer', task: 'Appelle le service client : journey de 20 min', score: 1, people: ['Téléphone'] },
    ]);
  });

  it('can name the persona as the actor', async () => {
    const parsed = await parseMermaid(toMermaid(deliverableFixture(), { actor: 'persona' }));
    expect(new Set(parsed.tasks.flatMap((t) => t.people))).toEqual(new Set(['Léa, 34 ans']));
  });

  it('a syntax slip fails the parse (the check is real)', async () => {
    await expect(mermaid.parse('journey\n  section A\n    tea 5\n')).rejects.toThrow();
  });

  it('keeps random texts full of Mermaid and Markdown syntax as the same tasks, sections and actors', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(
          fc.record({ text: hostileText, emotion: fc.integer({ min: -2, max: 2 }), phase: fc.nat({ max: 1 }) }),
          {
            minLength: 1,
            maxLength: 8,
          },
        ),
        fc.array(hostileText, { minLength: 2, maxLength: 2 }),
        hostileText,
        hostileText,
        async (cards, phaseNames, channelName, title) => {
          const map = oneChannelMap({
            title,
            locale: 'en',
            phaseNames,
            channelName,
            cards: cards.map((c) => ({ kind: 'touchpoint', ...c })),
          });
          const parsed = await parseMermaid(toMermaid(map));
          const oneLine = (s: string, fallback: string) =>
            s
              // biome-ignore lint/suspicious/noControlCharactersInRegex: the export drops control characters
              .replace(/[\u0000-\u0008\u000e-\u001f\u007f]/g, '')
              .replace(/\s+/g, ' ')
              .trim() || fallback;
          expect(parsed.title).toBe(oneLine(title, '(untitled)'));
          expect(parsed.sections).toEqual(phaseNames.map((n) => oneLine(n, '(untitled)')));
          // The documented cut: at most MERMAID_TASK_LENGTH characters, the last one "…".
          const shortened = (t: string) =>
            [...t].length > MERMAID_TASK_LENGTH
              ? `${[...t]
                  .slice(0, MERMAID_TASK_LENGTH - 1)
                  .join('')
                  .trimEnd()}…`
              : t;
          const expected = phaseNames.flatMap((_, p) =>
            cards
              .filter((c) => c.phase === p)
              .map((c) => ({
                section: oneLine(phaseNames[p]!, '(untitled)'),
                task: shortened(oneLine(c.text, '(no text)')),
                score: c.emotion + 3,
                people: [oneLine(channelName, '(untitled)')],
              })),
          );
          expect(parsed.tasks).toEqual(expected);
        },
      ),
      { numRuns: 120 },
    );
  });

  it("leaves a service blueprint's backstage and support cards out: the diagram is what the customer lives", async () => {
    const map = toTemplateMap(getTemplate('fr-blueprint', 'fr'), { locale: 'fr', template: 'fr-blueprint' });
    const journey = map.journeys[0]!;
    const [order] = journey.phases.slice(1);
    // A touchpoint in every lane, listed bottom lane first: the tasks come in lane order.
    for (const channel of [...journey.channels].reverse()) {
      journey.cards.push({
        id: `t-${channel.id}`,
        kind: 'touchpoint',
        phaseId: order!.id,
        channelId: channel.id,
        text: `Tâche ${channel.name}`,
        emotion: 1,
      });
    }
    const parsed = await parseMermaid(toMermaid(map));
    expect(parsed.tasks.filter((t) => t.section === 'Commande')).toEqual([
      { section: 'Commande', task: 'Tâche Actions du client', score: 4, people: ['Actions du client'] },
      {
        section: 'Commande',
        task: 'Exemple : page de paiement et e-mail de confirmation',
        score: 3,
        people: ['Site web'],
      },
      { section: 'Commande', task: 'Tâche Site web', score: 4, people: ['Site web'] },
      { section: 'Commande', task: 'Tâche Service client', score: 4, people: ['Service client'] },
    ]);
    expect(parsed.tasks.map((t) => t.task).join(' ')).not.toMatch(/back-office|support|entrepôt|transporteur|ERP/);
  });

  it('shortens long card texts so the diagram stays readable', async () => {
    const map = deliverableFixture();
    map.journeys[0]!.cards[0]!.text = 'mot '.repeat(200);
    const parsed = await parseMermaid(toMermaid(map));
    const task = parsed.tasks[0]!.task;
    expect([...task].length).toBeLessThanOrEqual(MERMAID_TASK_LENGTH);
    expect(task.endsWith('…')).toBe(true);
  });
});
