import { type RefObject, useLayoutEffect, useRef, useState } from 'react';

/**
 * How far the top bar must fold to fit its width: 0 shows everything; each level up moves more into
 * its "More" menu (see TopBar). It starts from 0 whenever the bar's width or `content` (what
 * changes its widths: titles, journeys, timer, people, language) changes, and folds one level per
 * render while something overflows; these renders happen before the paint, so nothing flickers.
 */
export function useTopBarFit(bar: RefObject<HTMLElement | null>, maxLevel: number, content: string): number {
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
    if (level < maxLevel && overflows(el)) setLevel(level + 1);
  });
  return level;
}

/** Something in the bar is wider than its box: the bar itself, one of its sides, or the journey tabs. */
function overflows(bar: HTMLElement): boolean {
  const boxes = [bar, ...bar.querySelectorAll<HTMLElement>('[data-fit]')];
  return boxes.some((el) => el.scrollWidth > el.clientWidth + 1);
}
