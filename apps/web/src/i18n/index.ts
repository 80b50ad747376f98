import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import blueprintEn from './blueprint.en.json';
import blueprintFr from './blueprint.fr.json';
import canvasEn from './canvas.en.json';
import canvasFr from './canvas.fr.json';
import commentsEn from './comments.en.json';
import commentsFr from './comments.fr.json';
import deliverablesEn from './deliverables.en.json';
import deliverablesFr from './deliverables.fr.json';
import en from './en.json';
import fr from './fr.json';
import historyEn from './history.en.json';
import historyFr from './history.fr.json';
import imagesEn from './images.en.json';
import imagesFr from './images.fr.json';
import planEn from './plan.en.json';
import planFr from './plan.fr.json';
import viewsEn from './views.en.json';
import viewsFr from './views.fr.json';

export type Language = 'fr' | 'en';
export const LANGUAGES: readonly Language[] = ['fr', 'en'];
const STORAGE_KEY = 'parcours.language';

/** French first: the saved choice, else French when the browser says French, else English. */
export function initialLanguage(saved: string | null, browser: string | undefined): Language {
  if (saved === 'fr' || saved === 'en') return saved;
  return browser?.toLowerCase().startsWith('fr') ? 'fr' : 'en';
}

export function setupI18n(): typeof i18next {
  const lng = initialLanguage(localStorage.getItem(STORAGE_KEY), navigator.language);
  void i18next.use(initReactI18next).init({
    // One namespace per feature area, so each has its own file to edit.
    resources: {
      fr: {
        translation: fr,
        plan: planFr,
        views: viewsFr,
        blueprint: blueprintFr,
        history: historyFr,
        deliverables: deliverablesFr,
        comments: commentsFr,
        images: imagesFr,
        canvas: canvasFr,
      },
      en: {
        translation: en,
        plan: planEn,
        views: viewsEn,
        blueprint: blueprintEn,
        history: historyEn,
        deliverables: deliverablesEn,
        comments: commentsEn,
        images: imagesEn,
        canvas: canvasEn,
      },
    },
    lng,
    fallbackLng: 'fr',
    interpolation: { escapeValue: false },
    returnNull: false,
    showSupportNotice: false,
  });
  document.documentElement.lang = lng;
  return i18next;
}

export function changeLanguage(language: Language): void {
  localStorage.setItem(STORAGE_KEY, language);
  document.documentElement.lang = language;
  void i18next.changeLanguage(language);
}
