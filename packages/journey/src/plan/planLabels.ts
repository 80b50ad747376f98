import type { Quadrant } from '../read/derive/quickWins';
import type { ActionStatus, Locale } from '../types';

/**
 * The quadrants' names, the same in the CSV, the deliverables and on screen (the web app's plan
 * strings are checked against them).
 */
export const QUADRANT_LABELS: Readonly<Record<Locale, Readonly<Record<Quadrant, string>>>> = {
  fr: {
    'quick-win': 'Gain rapide',
    'major-project': 'Projet majeur',
    'fill-in': 'Amélioration mineure',
    thankless: 'À éviter',
  },
  en: { 'quick-win': 'Quick win', 'major-project': 'Major project', 'fill-in': 'Fill-in', thankless: 'Thankless task' },
};

/** An action's status, in the CSV and the deliverables. */
export const STATUS_LABELS: Readonly<Record<Locale, Readonly<Record<ActionStatus, string>>>> = {
  fr: { todo: 'À faire', doing: 'En cours', done: 'Fait' },
  en: { todo: 'To do', doing: 'In progress', done: 'Done' },
};
