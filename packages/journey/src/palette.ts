import type { CardKind } from './types';

/**
 * The board's colours, in one place: the canvas (apps/web/src/canvas) and the PNG export
 * (export/) both draw with these, so the exported image looks like the board.
 */

/** Each card kind: its paper colour and an accent (stripe, border, icon). */
export const KIND_COLORS: Readonly<Record<CardKind, { readonly fill: string; readonly accent: string }>> = {
  touchpoint: { fill: '#e6f0ff', accent: '#3b6fd8' },
  irritant: { fill: '#ffe3da', accent: '#d9482b' },
  enchantment: { fill: '#e2f6e4', accent: '#2f9244' },
  note: { fill: '#fff4b0', accent: '#b08d00' },
};

export const BOARD_COLORS = {
  /** Around the grid. */
  background: '#f8f9fb',
  text: '#1f2328',
  title: '#1f2937',
  muted: '#6b7280',
  /** Phase headers: dark, with white names. */
  phaseHeader: '#2d3648',
  phaseHeaderText: '#ffffff',
  /** Channel headers and the emotion lane's label column. */
  rowHeader: '#e4e8f0',
  rowHeaderText: '#2d3648',
  /** Channel rows alternate between these two. */
  row: '#f6f8fb',
  rowAlt: '#eef1f6',
  line: '#d5dae3',
  /** The emotion lane: its plot, its neutral line, the other levels. */
  lane: '#ffffff',
  laneZero: '#b6bfcc',
  laneLevel: '#eef1f5',
  curve: '#4f46e5',
  curveBand: 'rgba(99,102,241,0.14)',
  keyMoment: '#e0a100',
  voteBadge: '#5b3fd1',
  voteBadgeText: '#ffffff',
  selection: '#2563eb',
  /** Numbered comment markers of the PNG export (and their legend's numbers). */
  commentMarker: '#c2410c',
  commentMarkerText: '#ffffff',
  kpiMet: '#1f8a3b',
  kpiMissed: '#c62828',
} as const;

const EMOTION_STOPS = ['#d93b3b', '#f08a3c', '#e8c547', '#8ccf5b', '#2fa84f'] as const;

/** Colour of an emotion from -2 (red) through 0 (amber) to 2 (green). */
export function emotionColor(value: number): string {
  const i = Math.max(0, Math.min(4, Math.round(value + 2)));
  return EMOTION_STOPS[i]!;
}
