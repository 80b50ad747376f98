import type { Locale } from '@parcours/journey';

/**
 * The canvas's own words in both product languages. They live here because the canvas draws them
 * itself (Konva text, confirm dialogs), keyed by the board's locale.
 */
const STRINGS = {
  fr: {
    unplaced: 'Non placées',
    emotion: 'Émotion',
    newPhase: 'Nouvelle phase',
    newChannel: 'Nouveau canal',
    addPhase: 'Ajouter une phase',
    addChannel: '+ Ajouter un canal',
    confirmRemovePhase: 'Supprimer la phase « {name} » ? Ses cartes iront dans « Non placées ».',
    confirmRemoveChannel: 'Supprimer le canal « {name} » ? Ses cartes iront dans « Non placées ».',
    pasteInvalid: 'Collage impossible : le presse-papiers ne contient pas de cartes Parcours.',
    pasteTooMany: 'Collage refusé : {count} cartes, la limite est de {max} en une fois.',
    copied: '{count} carte(s) copiée(s)',
    zoomIn: 'Zoom avant',
    zoomOut: 'Zoom arrière',
    zoomFit: 'Tout afficher (Maj+1)',
    zoomReset: 'Zoom 100 % (Maj+0)',
    minimap: 'Vue d’ensemble',
    noPersona: 'Aucun persona',
  },
  en: {
    unplaced: 'Unplaced',
    emotion: 'Emotion',
    newPhase: 'New phase',
    newChannel: 'New channel',
    addPhase: 'Add a phase',
    addChannel: '+ Add a channel',
    confirmRemovePhase: 'Delete the phase “{name}”? Its cards will go to “Unplaced”.',
    confirmRemoveChannel: 'Delete the channel “{name}”? Its cards will go to “Unplaced”.',
    pasteInvalid: 'Cannot paste: the clipboard holds no Parcours cards.',
    pasteTooMany: 'Paste refused: {count} cards, the limit is {max} at once.',
    copied: '{count} card(s) copied',
    zoomIn: 'Zoom in',
    zoomOut: 'Zoom out',
    zoomFit: 'Zoom to fit (Shift+1)',
    zoomReset: 'Zoom to 100% (Shift+0)',
    minimap: 'Overview',
    noPersona: 'No persona',
  },
} as const;

export type CanvasStrings = { readonly [K in keyof (typeof STRINGS)['fr']]: string };

export function canvasStrings(locale: Locale | undefined): CanvasStrings {
  return STRINGS[locale === 'en' ? 'en' : 'fr'];
}

export function format(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (m, key: string) => (key in values ? String(values[key]) : m));
}
