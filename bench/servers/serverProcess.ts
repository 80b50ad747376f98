/**
 * Entry point of a peer server child: `serverProcess.ts reference|hocuspocus`. Answers the parent with its port,
 * its own CPU time and memory, and stops cleanly (so --cpu-prof can write its profile).
 */
import { serve } from '../lib/rpc';
import { startHocuspocus } from './hocuspocus';
import type { RunningServer, ServerKind, ServerStats } from './kinds';
import { startReference } from './reference';

/** Parcours is not started here: it runs its own main.ts (see handle.ts and probe.ts). */
const starters: Record<Exclude<ServerKind, 'parcours'>, () => Promise<RunningServer>> = {
  reference: startReference,
  hocuspocus: startHocuspocus,
};

async function main(): Promise<void> {
  const kind = process.argv[2] as Exclude<ServerKind, 'parcours'>;
  const start = starters[kind];
  if (!start) throw new Error(`unknown server kind ${kind}`);
  const server = await start();
  serve({
    port: () => server.port,
    stats: ({ gc }: { gc?: boolean }): ServerStats => {
      // A full collection first, so RSS reflects what is live rather than when V8 last collected.
      if (gc) for (let i = 0; i < 3; i++) globalThis.gc?.();
      const cpu = process.cpuUsage();
      const memory = process.memoryUsage();
      return { cpuUs: cpu.user + cpu.system, rss: memory.rss, heapUsed: memory.heapUsed, external: memory.external };
    },
    stop: async () => {
      await server.close();
      setImmediate(() => process.exit(0));
      return true;
    },
  });
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
