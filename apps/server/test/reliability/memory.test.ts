import { describe, expect, it } from 'vitest';
import { watchEventLoop } from './memory';

/** Blocks the event loop until this process has burnt `ms` of CPU, however busy the machine is. */
function burnCpu(ms: number): void {
  const start = process.cpuUsage();
  for (;;) {
    const used = process.cpuUsage(start);
    if ((used.user + used.system) / 1000 >= ms) return;
  }
}

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('watchEventLoop', () => {
  it('counts a stall that our own work causes', async () => {
    const loop = watchEventLoop();
    await wait(50);
    burnCpu(300);
    await wait(50);
    const stalls = loop.stop();
    expect(stalls.maxMs).toBeGreaterThanOrEqual(250);
    expect(stalls.wallMaxMs).toBeGreaterThanOrEqual(stalls.maxMs);
  });

  it('does not count waiting as a stall', async () => {
    const loop = watchEventLoop();
    await wait(300);
    expect(loop.stop().maxMs).toBeLessThan(100);
  });

  it('leaves out the work the test itself does', async () => {
    const loop = watchEventLoop();
    await wait(50);
    loop.excluding(() => burnCpu(300));
    await wait(50);
    expect(loop.stop().maxMs).toBeLessThan(100);
  });
});
