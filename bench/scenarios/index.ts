/** The scenarios, in the order they run: the relay first (it needs no browser), then the model, canvas and export. */
import { SERVER_KINDS } from '../servers/kinds';
import { runBurst } from './burst';
import { runCanvas } from './canvas';
import { runColdSync } from './coldsync';
import { runExport } from './export';
import { runFanout } from './fanout';
import { runImages } from './images';
import { runMemory } from './memory';
import { runModel } from './model';
import type { Scenario } from './types';

export const SCENARIOS: readonly Scenario[] = [
  { id: 'burst', title: 'Burst throughput', columns: SERVER_KINDS, run: runBurst },
  { id: 'fanout', title: 'Fan-out latency', columns: SERVER_KINDS, run: runFanout },
  { id: 'coldsync', title: 'Cold sync of a 5,000-card board', columns: SERVER_KINDS, run: runColdSync },
  { id: 'memory', title: 'Memory of idle loaded boards', columns: SERVER_KINDS, run: runMemory },
  { id: 'model', title: 'Model (@parcours/journey, in process)', columns: ['model'], run: runModel },
  {
    id: 'canvas',
    title: 'Canvas in Chromium: Parcours board vs naive react-konva',
    columns: ['parcours', 'naive'],
    run: runCanvas,
  },
  { id: 'images', title: 'Image upload and processing', columns: ['server'], run: runImages },
  {
    id: 'export',
    title: 'PNG export of a 2,000-card journey',
    columns: ['server', 'inProcess', 'browser'],
    run: runExport,
  },
];
