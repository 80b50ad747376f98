/**
 * For component tests (`*.test.tsx`, each with `// @vitest-environment happy-dom` on its first line):
 * the app's real i18n in French, and a real board (a model doc from a template, read through
 * observeSnapshot into the real store, as a board page does), so components are tested with the
 * parts they run with and act on the doc through the model's commands.
 */
import { type BoardRole, createBoardDoc, observeSnapshot, type TemplateId } from '@parcours/journey';
import { cleanup } from '@testing-library/react';
import { afterEach, beforeAll, onTestFinished } from 'vitest';
import type * as Y from 'yjs';
import { changeLanguage, setupI18n } from '../i18n';
import { addBoardStrings } from '../i18n/boardStrings';
import { type BoardState, useBoardStore } from '../store/boardStore';

let i18nReady = false;

/** Call once at the top of a component test file: French texts, and a clean DOM and store after each test. */
export function setupComponentTests(): void {
  beforeAll(async () => {
    if (!i18nReady) {
      await setupI18n();
      addBoardStrings();
      i18nReady = true;
    }
    await changeLanguage('fr');
  });
  afterEach(() => {
    cleanup();
    useBoardStore.getState().reset();
  });
}

export interface TestBoard {
  readonly doc: Y.Doc;
  readonly journeyId: string;
  /** The store now. */
  state(): BoardState;
}

/** Puts a new board in the store as a participant "Ana" with `role` sees it once synced. */
export function openTestBoard(options: { role?: BoardRole; template?: TemplateId } = {}): TestBoard {
  const doc = createBoardDoc({ title: 'Atelier', locale: 'fr', template: options.template ?? 'blank' });
  const store = useBoardStore.getState();
  store.reset();
  store.patch({
    boardId: 'board-1',
    doc,
    role: options.role ?? 'edit',
    participant: { id: 'p-ana', name: 'Ana', color: '#2563eb' },
    connection: 'connected',
  });
  const stop = observeSnapshot(doc, (snapshot) => useBoardStore.getState().setSnapshot(snapshot));
  onTestFinished(stop);
  const journeyId = useBoardStore.getState().journeyId!;
  return { doc, journeyId, state: () => useBoardStore.getState() };
}
