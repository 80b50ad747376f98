/** The scenarios, in the order they run (the relay first: it needs no browser). */
import { SERVER_KINDS } from '../servers/kinds';
import { runFanout } from './fanout';
import type { Scenario } from './types';

export const SCENARIOS: readonly Scenario[] = [
  { id: 'fanout', title: 'Fan-out latency', columns: SERVER_KINDS, run: runFanout },
];
