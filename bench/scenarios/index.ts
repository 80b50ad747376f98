/** The scenarios, in the order they run: the relay first (it needs no browser), then the model, canvas and export. */
import { SERVER_KINDS } from '../servers/kinds';
import { runBurst } from './burst';
import { runCanvas } from './canvas';
import { runColdSync } from './coldsync';
import { runDeliverables } from './deliverables';
import { runExport } from './export';
import { runFanout } from './fanout';
import { runHistory } from './history';
import { runImages } from './images';
import { runMemory } from './memory';
import { runModel } from './model';
import { runPhone } from './phone';
import type { Scenario } from './types';

export const SCENARIOS: readonly Scenario[] = [
  { id: 'burst', title: 'Burst throughput', columns: SERVER_KINDS, run: runBurst },
  { id: 'fanout', title: 'Fan-out latency', columns: SERVER_KINDS, run: runFanout },
  { id: 'coldsync', title: 'Cold sync of a 5,000-card board', columns: SERVER_KINDS, run: runColdSync },
  { id: 'memory', title: 'Memory of idle loaded boards', columns: SERVER_KINDS, run: runMemory },
  { id: 'model', title: 'Model (@parcours/journey, in process)', columns: ['model'], run: runModel },
  {
    id: 'history',
    title: 'Board history: checkpoint, diff and restore of a 5,000-card board',
    columns: ['server', 'model'],
    run: runHistory,
  },
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
  {
    id: 'deliverables',
    title: 'PDF of a 2,000-card journey; Markdown and Mermaid of 10,000 cards',
    columns: ['server', 'inProcess'],
    run: runDeliverables,
  },
  {
    id: 'phone',
    title: 'In the room: phone view first load and card to big screen',
    columns: ['phone', 'board'],
    run: runPhone,
  },
];
