import { fromJson, toJson } from '@parcours/journey';
import { buildBoard } from './fixtures/boards';

const large = buildBoard(10_000);
for (let i = 0; i < 12; i++) {
  const t0 = performance.now();
  const j = toJson(large.doc);
  const t1 = performance.now();
  fromJson(j).destroy();
  const t2 = performance.now();
  if (i >= 2) console.log((t1 - t0).toFixed(0), (t2 - t1).toFixed(0));
}
