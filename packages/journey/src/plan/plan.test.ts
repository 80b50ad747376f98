import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { updateAction } from '../commands/actions';
import { addCard, removeCard } from '../commands/cards';
import { toSnapshot } from '../read/toSnapshot';
import { parseCsv } from '../survey/parseCsv';
import { seedJourney } from '../testing/randomOps';
import { createActionFromCards, createActionsPerCard } from './createActionFromCards';
import { toCsv } from './csv';
import { toPlanCsv } from './toPlanCsv';
import { toPlanRows } from './toPlanRows';

function workshop() {
  const doc = new Y.Doc();
  const journeyId = seedJourney(doc);
  const web = { phaseId: 'phase-a', channelId: 'channel-a' };
  const shop = { phaseId: 'phase-b', channelId: 'channel-b' };
  const note = addCard(doc, { journeyId, kind: 'note', text: 'Voir avec la DSI', cell: shop });
  const form = addCard(doc, {
    journeyId,
    kind: 'irritant',
    text: 'Formulaire de 4 pages\nTrop long sur mobile',
    cell: web,
    department: 'Marketing',
  });
  const queue = addCard(doc, {
    journeyId,
    kind: 'irritant',
    text: 'Attente en caisse',
    cell: shop,
    department: 'Magasins',
  });
  return { doc, journeyId, note, form, queue };
}

describe('action plan', () => {
  it('creates an action from a selection, named after its first irritant and linked to its cards', () => {
    const { doc, journeyId, note, form, queue } = workshop();
    const actionId = createActionFromCards(doc, { journeyId, cardIds: [note, form, queue, 'gone'] });
    const action = toSnapshot(doc).actions[actionId]!;
    expect(action.title).toBe('Formulaire de 4 pages');
    expect(action.cardIds).toEqual([note, form, queue]);
    expect(action).toMatchObject({ impact: 3, effort: 3, status: 'todo' });
    const named = createActionFromCards(doc, { journeyId, cardIds: [queue], title: 'Caisses libre-service' });
    expect(toSnapshot(doc).actions[named]!.title).toBe('Caisses libre-service');
    const empty = createActionFromCards(doc, { journeyId, cardIds: [] });
    expect(toSnapshot(doc).actions[empty]!.title).toBe('');
  });

  it('creates one action per selected card, each named after its card, in one undoable step', () => {
    const { doc, journeyId, form, queue } = workshop();
    let updates = 0;
    doc.on('update', () => updates++);
    const ids = createActionsPerCard(doc, { journeyId, cardIds: [form, queue, form, 'gone'] });
    expect(updates).toBe(1);
    const actions = ids.map((id) => toSnapshot(doc).actions[id]!);
    expect(actions.map((a) => [a.title, a.cardIds])).toEqual([
      ['Formulaire de 4 pages', [form]],
      ['Attente en caisse', [queue]],
    ]);
  });

  it('lists rows with the linked cards, their phases, channels and departments in journey order', () => {
    const { doc, journeyId, note, form, queue } = workshop();
    const first = createActionFromCards(doc, { journeyId, cardIds: [queue, form, note] });
    updateAction(doc, {
      actionId: first,
      impact: 5,
      effort: 2,
      owner: 'Léa Martin',
      due: '2026-12-15',
      status: 'doing',
    });
    const second = createActionFromCards(doc, { journeyId, cardIds: [note], title: 'Relancer la DSI' });
    removeCard(doc, { cardId: note });
    const rows = toPlanRows(toSnapshot(doc), journeyId);
    expect(rows).toEqual([
      {
        actionId: first,
        title: 'Attente en caisse',
        cards: [
          { id: queue, kind: 'irritant', text: 'Attente en caisse' },
          { id: form, kind: 'irritant', text: 'Formulaire de 4 pages\nTrop long sur mobile' },
        ],
        phases: ['Recherche', 'Achat'],
        channels: ['Web', 'Boutique'],
        departments: ['Magasins', 'Marketing'],
        impact: 5,
        effort: 2,
        quadrant: 'quick-win',
        owner: 'Léa Martin',
        due: '2026-12-15',
        status: 'doing',
      },
      {
        actionId: second,
        title: 'Relancer la DSI',
        cards: [],
        phases: [],
        channels: [],
        departments: [],
        impact: 3,
        effort: 3,
        quadrant: 'thankless',
        owner: '',
        due: '',
        status: 'todo',
      },
    ]);
  });

  it('writes a CSV that French Excel opens (BOM, semicolons, French headers) and that reads back cell for cell', () => {
    const { doc, journeyId, form, queue } = workshop();
    const id = createActionFromCards(doc, {
      journeyId,
      cardIds: [form, queue],
      title: 'Simplifier; "vraiment" le parcours',
    });
    updateAction(doc, { actionId: id, impact: 4, effort: 1, owner: 'Équipe e-commerce' });
    const rows = toPlanRows(toSnapshot(doc), journeyId);
    const csv = toPlanCsv(rows, { separator: ';', locale: 'fr' });
    expect(csv.startsWith('\uFEFFAction;Cartes liées;Phases;Canaux;Services;Impact (1-5);Effort (1-5);Priorité;')).toBe(
      true,
    );
    expect(csv).toContain('"Simplifier; ""vraiment"" le parcours"');
    expect(csv.endsWith('\r\n')).toBe(true);
    const back = parseCsv(new TextEncoder().encode(csv));
    expect(back.separator).toBe(';');
    expect(back.rows.map((r) => r.cells)).toEqual([
      [
        'Action',
        'Cartes liées',
        'Phases',
        'Canaux',
        'Services',
        'Impact (1-5)',
        'Effort (1-5)',
        'Priorité',
        'Responsable',
        'Échéance',
        'Statut',
      ],
      [
        'Simplifier; "vraiment" le parcours',
        'Formulaire de 4 pages\nTrop long sur mobile\nAttente en caisse',
        'Recherche, Achat',
        'Web, Boutique',
        'Marketing, Magasins',
        '4',
        '1',
        'Gain rapide',
        'Équipe e-commerce',
        '',
        'À faire',
      ],
    ]);
    const english = toPlanCsv(rows, { separator: ',', bom: false, locale: 'en' });
    expect(english.split('\r\n')[0]).toBe(
      'Action,Linked cards,Phases,Channels,Departments,Impact (1-5),Effort (1-5),Priority,Owner,Due,Status',
    );
    expect(english).toContain('"Recherche, Achat"');
    expect(english).toContain(',Quick win,');
  });

  it('keeps participants’ text from running as a spreadsheet formula', () => {
    expect(toCsv([['=HYPERLINK("http://x")', '+33 1 23', '@SUM(A1)', '- liste', '-1+2', 'ok']])).toBe(
      `"'=HYPERLINK(""http://x"")",'+33 1 23,'@SUM(A1),'- liste,'-1+2,ok\r\n`,
    );
    // Blanks before the sign, a dash then a space, full-width and small-form signs: all run in a spreadsheet.
    const sneaky = [' =1+1', '\u00a0+1', '- 2+3', '\u3000=1', '＝1+1', '＋1', '－1', '＠SUM(A1)', '﹦1', '\tx', '\r=1'];
    expect(toCsv([sneaky]).trimEnd().split(',')).toEqual(
      sneaky.map((cell) => (/[\r]/.test(cell) ? `"'${cell}"` : `'${cell}`)),
    );
    expect(toCsv([['a = b', 'x+1', 'e-mail@x', '2 - 1']])).toBe('a = b,x+1,e-mail@x,2 - 1\r\n');
    expect(toCsv([[3, -2]])).toBe('3,-2\r\n');
  });
});
