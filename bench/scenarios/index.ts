/** The scenarios, in the order they run (the relay first: it needs no browser). */
import { SERVER_KINDS } from '../servers/kinds';
import { runBurst } from './burst';
import { runColdSync } from './coldsync';
import { runExport } from './export';
import { runFanout } from './fanout';
import { runMemory } from './memory';
import { runModel } from './model';
import type { Scenario } from './types';

export const SCENARIOS: readonly Scenario[] = [
  { id: 'fanout', title: 'Fan-out latency', columns: SERVER_KINDS, run: runFanout },
  { id: 'burst', title: 'Burst throughput', columns: SERVER_KINDS, run: runBurst },
  { id: 'memory', title: 'Memory of idle loaded boards', columns: SERVER_KINDS, run: runMemory },
  { id: 'coldsync', title: 'Cold sync of a 5,000-card board', columns: SERVER_KINDS, run: runColdSync },
  { id: 'model', title: 'Model (@parcours/journey, in process)', columns: ['model'], run: runModel },
  {
    id: 'export',
    title: 'PNG export of a 2,000-card journey',
    columns: ['server', 'inProcess', 'browser'],
    run: runExport,
  },
];
