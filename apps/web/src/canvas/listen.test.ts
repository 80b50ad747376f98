// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { listen } from './listen';

describe('listen', () => {
  it('calls each handler for its event until stopped, then none', () => {
    const el = document.createElement('div');
    const down = vi.fn();
    const up = vi.fn();
    const stop = listen(el, { pointerdown: down, pointerup: up, pointercancel: up });
    el.dispatchEvent(new Event('pointerdown'));
    el.dispatchEvent(new Event('pointercancel'));
    expect(down).toHaveBeenCalledTimes(1);
    expect(up).toHaveBeenCalledTimes(1);
    stop();
    el.dispatchEvent(new Event('pointerdown'));
    el.dispatchEvent(new Event('pointerup'));
    expect(down).toHaveBeenCalledTimes(1);
    expect(up).toHaveBeenCalledTimes(1);
  });

  it('stops a capture-phase listener too', () => {
    const key = vi.fn();
    const stop = listen(window, { keydown: key }, { capture: true });
    window.dispatchEvent(new KeyboardEvent('keydown', { key: 'a' }));
    expect(key).toHaveBeenCalledTimes(1);
    stop();
    window.dispatchEvent(new KeyboardEvent('keydown', { key: 'a' }));
    expect(key).toHaveBeenCalledTimes(1);
  });

  it('lets a wheel handler prevent the default when asked not to be passive', () => {
    const el = document.createElement('div');
    const stop = listen(el, { wheel: (e) => e.preventDefault() }, { passive: false });
    const wheel = new WheelEvent('wheel', { cancelable: true });
    el.dispatchEvent(wheel);
    expect(wheel.defaultPrevented).toBe(true);
    stop();
  });
});
