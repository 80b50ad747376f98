import type { CardKind } from '../types';

/** Card colours of the exported image (the board's light theme): fill, and a strong tone for stripe and border. */
export const CARD_COLORS: Readonly<Record<CardKind, { readonly fill: string; readonly strong: string }>> = {
  touchpoint: { fill: '#dbe9ff', strong: '#3d6fd1' },
  irritant: { fill: '#ffdcd6', strong: '#d2422d' },
  enchantment: { fill: '#d6f5df', strong: '#2e9e55' },
  note: { fill: '#fff3bf', strong: '#c99a06' },
};

export const COLORS = {
  background: '#ffffff',
  text: '#1f2328',
  muted: '#656d76',
  grid: '#d0d7de',
  header: '#f3f5f8',
  rowAlt: '#fafbfc',
  star: '#e3a008',
  badge: '#1f2328',
  badgeText: '#ffffff',
  positive: '#2e9e55',
  negative: '#d2422d',
  neutral: '#8c959f',
  curve: '#3d6fd1',
} as const;
