import { type RefObject, useLayoutEffect, useRef, useState } from 'react';

/**
 * From which fold level each part of the top bar gives way (TopBar, MoreMenu): first the avatars
 * collapse to two and "+N" (and the journey tabs may shrink), then persona, plan, history, file and help go
 * into the "More" menu, then the language, then the view switcher, then the other journeys' tabs.
 */
export const FOLD = { avatars: 1, actions: 2, language: 3, views: 4, journeys: 5 } as const;
export const MAX_FOLD = FOLD.journeys;

/**
 * How far the top bar must fold to fit its width: 0 shows everything; each level up moves more into
 * its "More" menu (see TopBar). It starts from 0 whenever the bar's width or `content` (what
 * changes its widths: titles, journeys, timer, people, language) changes, and folds one level per
 * render while something overflows; these renders happen before the paint, so nothing flickers.
 */
export function useTopBarFit(bar: RefObject<HTMLElement | null>, content: string): number {
  const [level, setLevel] = useState(0);
  const [width, setWidth] = useState(0);
  const measuredFor = useRef('');

  useLayoutEffect(() => {
    const el = bar.current;
    if (!el) return;
    setWidth(el.clientWidth);
    const observer = new ResizeObserver(() => setWidth(el.clientWidth));
    observer.observe(el);
    return () => observer.disconnect();
  }, [bar]);

  useLayoutEffect(() => {
    const el = bar.current;
    if (!el || width === 0) return;
    const key = `${width}|${content}`;
    if (key !== measuredFor.current) {
      measuredFor.current = key;
      if (level !== 0) {
        setLevel(0);
        return;
      }
    }
    if (level < MAX_FOLD && overflows(el)) setLevel(level + 1);
  });
  return level;
}

/** Something in the bar is wider than its box: the bar itself, one of its sides, or the journey tabs. */
function overflows(bar: HTMLElement): boolean {
  const boxes = [bar, ...bar.querySelectorAll<HTMLElement>('[data-fit]')];
  return boxes.some((el) => el.scrollWidth > el.clientWidth + 1);
}
