/**
 * Preloaded (--import) into the Parcours server process, which runs its own unmodified main.ts:
 * answers the bench over IPC with the process's CPU time and memory, and stops it with SIGTERM
 * so it shuts down the way it does in production (and --cpu-prof gets to write its profile).
 */
import { serve } from '../lib/rpc';
import type { ServerStats } from './kinds';

serve({
  port: () => Number(process.env.PORT),
  stats: ({ gc }: { gc?: boolean }): ServerStats => {
    if (gc) for (let i = 0; i < 3; i++) globalThis.gc?.();
    const cpu = process.cpuUsage();
    const memory = process.memoryUsage();
    return { cpuUs: cpu.user + cpu.system, rss: memory.rss, heapUsed: memory.heapUsed, external: memory.external };
  },
  stop: () => {
    setImmediate(() => process.kill(process.pid, 'SIGTERM'));
    return true;
  },
});
