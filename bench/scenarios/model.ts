/**
 * Scenario 5, the model in this process: toJson + fromJson of a 10,000-card board, moveCard on a
 * 5,000-card board, and the time from one edit to observeSnapshot's new snapshot on 5,000 cards.
 * Each repetition's figure is the median of many iterations.
 */
import { fromJson, moveCard, observeSnapshot, type Snapshot, setCardText, toJson } from '@parcours/journey';
import { buildBoard } from '../fixtures/boards';
import { median } from '../lib/stats';
import { nowMs } from '../lib/time';
import { Collector, type ScenarioOptions } from './types';

export async function runModel(options: ScenarioOptions): Promise<{ collector: Collector; notes: string[] }> {
  const jsonIterations = options.quick ? 3 : 8;
  const moveIterations = options.quick ? 100 : 400;
  const collector = new Collector();
  collector.define('json', 'toJson + fromJson, 10,000 cards', 'ms', 'lower');
  collector.define('toJson', 'toJson alone, 10,000 cards', 'ms', 'lower');
  collector.define('fromJson', 'fromJson alone, 10,000 cards', 'ms', 'lower');
  collector.define('move', 'moveCard to another cell, 5,000 cards', 'ms', 'lower');
  collector.define('observe', 'setCardText then observeSnapshot delivers the new snapshot, 5,000 cards', 'ms', 'lower');
  const notes = [
    `Medians of ${jsonIterations} (JSON) and ${moveIterations} (moveCard, snapshot) iterations per repetition, in the bench process, after 2 warm-up iterations.`,
  ];
  const large = buildBoard(10_000);
  const medium = buildBoard(5_000);
  const snapshot0 = (() => {
    let latest: Snapshot | null = null;
    const stop = observeSnapshot(medium.doc, (s) => {
      latest = s;
    });
    stop();
    return latest as unknown as Snapshot;
  })();
  const cardIds = Object.keys(snapshot0.cards);
  const phaseIds = Object.keys(snapshot0.phases);
  const channelIds = Object.keys(snapshot0.channels);
  const cells = phaseIds.flatMap((phaseId) => channelIds.map((channelId) => ({ phaseId, channelId })));

  for (let rep = 0; rep < options.reps; rep++) {
    const json: number[] = [];
    const to: number[] = [];
    const from: number[] = [];
    for (let i = -2; i < jsonIterations; i++) {
      const t0 = nowMs();
      const exported = toJson(large.doc);
      const t1 = nowMs();
      const doc = fromJson(exported);
      const t2 = nowMs();
      doc.destroy();
      if (i < 0) continue;
      json.push(t2 - t0);
      to.push(t1 - t0);
      from.push(t2 - t1);
    }
    collector.add('json', 'model', median(json));
    collector.add('toJson', 'model', median(to));
    collector.add('fromJson', 'model', median(from));

    const moves: number[] = [];
    for (let i = -2; i < moveIterations; i++) {
      const cardId = cardIds[(i + 2 + rep * 7919) % cardIds.length]!;
      const cell = cells[(i + 3) % cells.length]!;
      const t0 = nowMs();
      moveCard(medium.doc, { cardId, to: cell });
      if (i >= 0) moves.push(nowMs() - t0);
    }
    collector.add('move', 'model', median(moves));

    const updates: number[] = [];
    let editedAt = 0;
    let sample = false;
    const stop = observeSnapshot(medium.doc, () => {
      if (sample) updates.push(nowMs() - editedAt);
    });
    for (let i = -2; i < moveIterations; i++) {
      sample = i >= 0;
      editedAt = nowMs();
      setCardText(medium.doc, { cardId: cardIds[(i + 2) % cardIds.length]!, text: `Texte modifié ${rep}-${i}` });
    }
    stop();
    collector.add('observe', 'model', median(updates));
    options.log(
      `  model rep ${rep + 1}: json ${median(json).toFixed(0)} ms, moveCard ${median(moves).toFixed(3)} ms, snapshot ${median(updates).toFixed(3)} ms`,
    );
  }
  large.doc.destroy();
  medium.doc.destroy();
  return { collector, notes };
}
