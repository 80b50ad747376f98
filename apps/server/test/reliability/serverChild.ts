/**
 * A Parcours server in a child process that can be SIGKILLed. It loads its modules, opens the
 * store and builds the app, says `{"msg":"warm"}`, and only listens when its parent writes a line
 * on stdin: a crash test keeps the next server warm while the current one runs, so restarting
 * after a kill costs milliseconds instead of the seconds module loading takes. It reads no board
 * before a client connects, that is, after the previous server died.
 *
 * Same configuration as main.ts (the environment through loadConfig, the store from openStore,
 * buildApp); it differs only in when it starts listening.
 */
import { buildApp } from '../../src/app';
import { loadConfig } from '../../src/config';
import { openStore } from '../../src/storage/open';

async function prepare(): Promise<() => Promise<void>> {
  const config = loadConfig(process.env);
  const store = await openStore(config.storage);
  // The crash suite writes into a scratch root (helpers.ts SCRATCH_ROOTS), named by its parent.
  const scratch = process.env.PARCOURS_TEST_SCRATCH_ROOTS;
  const app = await buildApp({
    store,
    logLevel: config.logLevel === 'silent' ? false : config.logLevel,
    limits: config.limits,
    ...(scratch ? { scratchRoots: scratch.split(',') } : {}),
  });
  await app.ready();
  return async () => {
    await app.listen({ port: config.port, host: config.host });
    process.stdout.write(`${JSON.stringify({ msg: 'listening', port: config.port })}\n`);
  };
}

function fail(err: unknown): never {
  process.stderr.write(`${(err as Error).stack ?? err}\n`);
  process.exit(1);
}

prepare().then((listen) => {
  process.stdin.once('data', () => listen().catch(fail));
  process.stdout.write(`${JSON.stringify({ msg: 'warm' })}\n`);
}, fail);
