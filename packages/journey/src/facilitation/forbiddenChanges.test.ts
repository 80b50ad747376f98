import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addAction } from '../commands/actions';
import { addCard, moveCard, removeCard, setCardText, updateCard } from '../commands/cards';
import { renameChannel } from '../commands/channels';
import { rateEmotion, setEmotion } from '../commands/emotions';
import { updateJourney } from '../commands/journeys';
import { addPersona } from '../commands/personas';
import { addPhase, removePhase, renamePhase, setKpi } from '../commands/phases';
import { vote } from '../commands/votes';
import { sessionMap } from '../doc';
import { LOCAL_ORIGIN } from '../origin';
import { toSnapshot } from '../read/toSnapshot';
import { seededBoard, seededCell } from '../testing/boards';
import { applyOp, opArbitrary } from '../testing/randomOps';
import { cloneDoc, REMOTE } from '../testing/syncedDocs';
import { updateDuring } from '../testing/updates';
import { createUndoManager } from '../undo';
import { changedTargets, UNRESOLVED } from './changedTargets';
import { forbiddenChanges } from './forbiddenChanges';
import { lockStructure } from './lock';
import { addCardAs, revealCards, setPrivateMode } from './privateMode';
import { startTimer } from './timer';
import { castVote, openVote } from './voting';

const sessionOpArbitrary = fc.record({
  session: fc.constantFrom('lock', 'unlock', 'private', 'privateCard', 'reveal', 'openVote', 'castVote', 'timer'),
});

function applySessionOp(doc: Y.Doc, journeyId: string, op: string, participantId: string): void {
  const cards = Object.keys(toSnapshot(doc).cards).sort();
  if (op === 'lock' || op === 'unlock') lockStructure(doc, { locked: op === 'lock' });
  else if (op === 'private') setPrivateMode(doc, { on: true });
  else if (op === 'privateCard') addCardAs(doc, { journeyId, participantId, kind: 'irritant', text: 'Attente' });
  else if (op === 'reveal') revealCards(doc);
  else if (op === 'openVote') openVote(doc, { dotsPerParticipant: 3, kinds: ['irritant', 'touchpoint'], reset: true });
  else if (op === 'castVote' && cards[0]) castVote(doc, { cardId: cards[0], participantId });
  else if (op === 'timer') startTimer(doc, { durationMs: 60_000, now: 1_700_000_000_000 });
}

/** A server doc with a board, and a participant's copy of it. */
function board(options: { locked?: boolean } = {}) {
  const {
    doc: server,
    journeyId,
    ids: { cardId },
  } = seededBoard({ cardId: { kind: 'touchpoint', text: 'Site web' } });
  if (options.locked) lockStructure(server, { locked: true });
  const client = cloneDoc(server);
  return { server, client, journeyId, cardId };
}

describe('forbiddenChanges', () => {
  it('lets a participant add, edit, move, rate, vote on and delete cards while the structure is locked', () => {
    const { server, client, journeyId, cardId } = board({ locked: true });
    const updates = [
      updateDuring(client, () => addCard(client, { journeyId, kind: 'irritant', text: 'Trop cher' })),
      updateDuring(client, () => setCardText(client, { cardId, text: 'Site web mobile' })),
      updateDuring(client, () => moveCard(client, { cardId, to: seededCell('b', 'b') })),
      updateDuring(client, () => updateCard(client, { cardId, department: 'Marketing', keyMoment: true })),
      updateDuring(client, () => rateEmotion(client, { cardId, participantId: 'ana', emotion: -1 })),
      updateDuring(client, () => vote(client, { cardId, participantId: 'ana' })),
      updateDuring(client, () => addAction(client, { journeyId, title: 'Refaire le tunnel', cardIds: [cardId] })),
      updateDuring(client, () => setKpi(client, { phaseId: 'phase-a', name: 'Taux de rebond', value: 40 })),
      updateDuring(client, () => removeCard(client, { cardId })),
    ];
    for (const update of updates) {
      expect(forbiddenChanges(server, update, 'edit')).toEqual([]);
      Y.applyUpdate(server, update, REMOTE);
    }
  });

  it('refuses structure changes from a participant while locked, and accepts them once unlocked', () => {
    const { server, client, journeyId } = board({ locked: true });
    const changes = [
      () => addPhase(client, { journeyId, name: 'Fidélisation' }),
      () => renamePhase(client, { phaseId: 'phase-a', name: 'Découverte' }),
      () => removePhase(client, { phaseId: 'phase-b' }),
      () => renameChannel(client, { channelId: 'channel-a', name: 'Appli' }),
      () => addPersona(client, { name: 'Claire, 34 ans' }),
      () => updateJourney(client, { journeyId, title: 'Achat en ligne' }),
    ];
    for (const change of changes) {
      const own = updateDuring(client, change);
      expect(forbiddenChanges(server, own, 'edit')).toEqual([expect.stringContaining('structure is locked')]);
      expect(forbiddenChanges(server, own, 'facilitator')).toEqual([]);
    }
    const unlocked = cloneDoc(server);
    lockStructure(unlocked, { locked: false });
    const rename = updateDuring(client, () => renamePhase(client, { phaseId: 'phase-a', name: 'Découverte' }));
    expect(forbiddenChanges(unlocked, rename, 'edit')).toEqual([]);
  });

  it('refuses a whole update that mixes allowed card edits with a locked structure change, without touching the doc', () => {
    const { server, client, journeyId, cardId } = board({ locked: true });
    const mixed = updateDuring(client, () => {
      setCardText(client, { cardId, text: 'Site web v2' });
      addPhase(client, { journeyId, name: 'Après-vente' });
    });
    const before = Y.encodeStateAsUpdate(server);
    expect(forbiddenChanges(server, mixed, 'edit')).toEqual(['the structure is locked (phases)']);
    expect(Y.encodeStateAsUpdate(server)).toEqual(before);
  });

  it('refuses any session change from a participant, whatever the command', () => {
    const { server, client } = board();
    const changes = [
      () => lockStructure(client, { locked: true }),
      () => startTimer(client, { durationMs: 300_000, now: 1_700_000_000_000 }),
      () => setPrivateMode(client, { on: true }),
      () => openVote(client, { dotsPerParticipant: 5, kinds: ['irritant'] }),
      () => client.transact(() => sessionMap(client).set('anything', 1), LOCAL_ORIGIN),
    ];
    for (const change of changes) {
      const update = updateDuring(client, change);
      expect(forbiddenChanges(server, update, 'edit')).toEqual(['only a facilitator changes the session']);
      expect(forbiddenChanges(server, update, 'facilitator')).toEqual([]);
    }
  });

  it('lets a participant write a private card but not reveal the others’ cards', () => {
    const { server, journeyId } = board();
    setPrivateMode(server, { on: true });
    const client = cloneDoc(server);
    const create = updateDuring(client, () =>
      addCardAs(client, { journeyId, participantId: 'ana', kind: 'irritant', text: 'Attente' }),
    );
    expect(forbiddenChanges(server, create, 'edit')).toEqual([]);
    Y.applyUpdate(server, create, REMOTE);
    const reveal = updateDuring(client, () => revealCards(client));
    expect(forbiddenChanges(server, reveal, 'edit')).toEqual(['only a facilitator reveals private cards']);
    expect(forbiddenChanges(server, reveal, 'facilitator')).toEqual([]);
  });

  it("refuses a participant's change to the facilitator's emotion of an existing card, not a new card that has one", () => {
    const { server, client, journeyId, cardId } = board();
    const set = updateDuring(client, () => setEmotion(client, { cardId, emotion: 2 }));
    expect(forbiddenChanges(server, set, 'edit')).toEqual([
      "only a facilitator sets a card's emotion; participants rate it",
    ]);
    expect(forbiddenChanges(server, set, 'facilitator')).toEqual([]);
    const rate = updateDuring(client, () => rateEmotion(client, { cardId, participantId: 'ana', emotion: -1 }));
    expect(forbiddenChanges(server, rate, 'edit')).toEqual([]);
    const create = updateDuring(client, () =>
      addCard(client, { journeyId, kind: 'touchpoint', text: 'Copie', emotion: 1, cell: null }),
    );
    expect(forbiddenChanges(server, create, 'edit')).toEqual([]);
    // Deleting a card that has an emotion (a to-be copy of the template's touchpoint) is no emotion change.
    setEmotion(server, { cardId, emotion: -1 }); // the facilitator's
    const peer = cloneDoc(server);
    const remove = updateDuring(peer, () => removeCard(peer, { cardId }));
    expect(forbiddenChanges(server, remove, 'edit')).toEqual([]);
    const other = cloneDoc(server);
    const clear = updateDuring(other, () => setEmotion(other, { cardId, emotion: null }));
    expect(forbiddenChanges(server, clear, 'edit')).toEqual([
      "only a facilitator sets a card's emotion; participants rate it",
    ]);
  });

  it('lets a participant cast votes (castVote writes the card, not the session)', () => {
    const { server, cardId } = board();
    openVote(server, { dotsPerParticipant: 2, kinds: ['touchpoint'] });
    const client = cloneDoc(server);
    const update = updateDuring(client, () => expect(castVote(client, { cardId, participantId: 'ana' }).ok).toBe(true));
    expect(forbiddenChanges(server, update, 'edit')).toEqual([]);
  });

  it('lets a participant undo the deletion of their own private card', () => {
    const { server, journeyId } = board();
    setPrivateMode(server, { on: true });
    const client = cloneDoc(server);
    const undo = createUndoManager(client);
    const cardId = addCardAs(client, { journeyId, participantId: 'ana', kind: 'note', text: 'Idée' });
    undo.stopCapturing();
    Y.applyUpdate(server, Y.encodeStateAsUpdate(client), REMOTE);
    const remove = updateDuring(client, () => removeCard(client, { cardId }));
    undo.stopCapturing();
    Y.applyUpdate(server, remove, REMOTE);
    const restore = updateDuring(client, () => undo.undo());
    expect(forbiddenChanges(server, restore, 'edit')).toEqual([]);
  });

  it('refuses everything from a viewer, and malformed or dangling updates from a participant', () => {
    const { server, client, cardId } = board();
    const edit = updateDuring(client, () => setCardText(client, { cardId, text: 'x' }));
    expect(forbiddenChanges(server, edit, 'view')).toEqual(['a viewer cannot edit the board']);
    expect(forbiddenChanges(server, new Uint8Array([0, 0]), 'view')).toEqual([]);
    expect(forbiddenChanges(server, new Uint8Array([1, 2, 3, 200, 255]), 'edit')).toEqual(['malformed update']);
    // The second of two updates, sent without the first: the server cannot know where it lands.
    const first = updateDuring(client, () => setCardText(client, { cardId, text: 'abc' }));
    const second = updateDuring(client, () => setCardText(client, { cardId, text: 'abcd' }));
    expect(first.byteLength).toBeGreaterThan(0);
    expect(forbiddenChanges(server, second, 'edit')).toEqual(['the update depends on changes the board does not have']);
  });

  it('sees every change Yjs applies: random edits from two peers, checked against the applied events', () => {
    const targetsOf = (events: Y.YEvent<Y.AbstractType<unknown>>[], root: string, out: Set<string>) => {
      for (const event of events) {
        const [recordId, field] = event.path as (string | undefined)[];
        if (recordId === undefined) for (const key of event.keys.keys()) out.add(`${root}/${key}/`);
        else if (field !== undefined) out.add(`${root}/${recordId}/${field}`);
        else if (event instanceof Y.YMapEvent)
          for (const key of event.keys.keys()) out.add(`${root}/${recordId}/${key}`);
        else out.add(`${root}/${recordId}/`);
      }
    };
    const step = fc.record({
      peer: fc.nat({ max: 1 }),
      op: fc.oneof(opArbitrary, sessionOpArbitrary),
      deliver: fc.boolean(),
    });
    const RUNS = 40;
    const CELL = seededCell();
    let checked = 0;
    fc.assert(
      fc.property(fc.array(step, { minLength: 1, maxLength: 25 }), (steps) => {
        const { doc: server, journeyId } = seededBoard({});
        const peers = [cloneDoc(server), cloneDoc(server)];
        const outbox: Uint8Array[][] = [[], []];
        peers.forEach((peer, i) => {
          peer.on('update', (u: Uint8Array, origin: unknown) => origin !== REMOTE && outbox[i]!.push(u));
        });
        const seen = new Set<string>();
        for (const root of ['personas', 'journeys', 'phases', 'channels', 'cards', 'actions', 'session', 'meta']) {
          server.getMap(root).observeDeep((events) => targetsOf(events, root, seen));
        }
        const flush = (i: number) => {
          for (const update of outbox[i]!.splice(0)) {
            const found = changedTargets(server, update);
            expect(found).not.toContain(UNRESOLVED);
            const claimed = new Set(
              found.map((t) => (t === UNRESOLVED ? t : `${t.root}/${t.recordId}/${t.field ?? ''}`)),
            );
            seen.clear();
            Y.applyUpdate(server, update, REMOTE);
            for (const target of seen) {
              expect(claimed.has(target), target).toBe(true);
              checked++;
            }
          }
          Y.applyUpdate(peers[i]!, Y.encodeStateAsUpdate(server, Y.encodeStateVector(peers[i]!)), REMOTE);
        };
        // One edit every run makes, whatever the draws: a card from peer 0, applied and checked.
        addCard(peers[0]!, { journeyId, kind: 'touchpoint', text: 'Compare les offres', cell: CELL });
        flush(0);
        for (const { peer, op, deliver } of steps) {
          if ('session' in op) applySessionOp(peers[peer]!, journeyId, op.session, `p${peer}`);
          else applyOp(peers[peer]!, journeyId, op, `p${peer}`);
          if (deliver) flush(peer);
        }
        flush(0);
        flush(1);
      }),
      { numRuns: RUNS },
    );
    // Not vacuous: each run's guaranteed card creation was seen and checked, whatever else was drawn.
    expect(checked).toBeGreaterThanOrEqual(RUNS);
  });
});
