import { addStrings } from './addStrings';
import blueprintEn from './blueprint.en.json';
import blueprintFr from './blueprint.fr.json';
import canvasEn from './canvas.en.json';
import canvasFr from './canvas.fr.json';
import commentsEn from './comments.en.json';
import commentsFr from './comments.fr.json';
import deliverablesEn from './deliverables.en.json';
import deliverablesFr from './deliverables.fr.json';
import historyEn from './history.en.json';
import historyFr from './history.fr.json';
import imagesEn from './images.en.json';
import imagesFr from './images.fr.json';
import planEn from './plan.en.json';
import planFr from './plan.fr.json';
import viewsEn from './views.en.json';
import viewsFr from './views.fr.json';

/**
 * The namespaces only the board page and its canvas use, one per feature area: they ride in the
 * board's chunk (ui/board/BoardPage.tsx adds them), so the home page and the phone view do not
 * download them (docs/BENCHMARKS.md, the phone view's first load).
 */
export function addBoardStrings(): void {
  addStrings({
    plan: { fr: planFr, en: planEn },
    views: { fr: viewsFr, en: viewsEn },
    blueprint: { fr: blueprintFr, en: blueprintEn },
    history: { fr: historyFr, en: historyEn },
    deliverables: { fr: deliverablesFr, en: deliverablesEn },
    comments: { fr: commentsFr, en: commentsEn },
    images: { fr: imagesFr, en: imagesEn },
    canvas: { fr: canvasFr, en: canvasEn },
  });
}
