/**
 * Bundles the server for production (`pnpm start`, the Docker image): plain `node dist/main.js`, no
 * TypeScript loader at run time. The bundle holds our own code (the server and @parcours/journey);
 * npm packages stay external and load from node_modules as installed: native modules
 * (better-sqlite3, @napi-rs/canvas) cannot be bundled, and others read files beside their own code
 * (@fastify/swagger-ui's page). The export worker is a second entry, started by the pool.
 *   node build.mjs   (or `pnpm --filter @parcours/server build`)
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const HERE = fileURLToPath(new URL('.', import.meta.url));

export async function buildServer() {
  const manifest = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));
  const external = Object.keys(manifest.dependencies).filter((name) => !name.startsWith('@parcours/'));
  await build({
    absWorkingDir: HERE,
    entryPoints: { main: 'src/main.ts', exportWorker: 'src/export/exportWorker.ts' },
    outdir: 'dist',
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    sourcemap: true,
    // Subpaths (lib0/encoding) stay external with their package.
    external: external.flatMap((name) => [name, `${name}/*`]),
    logLevel: 'warning',
  });
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await buildServer();
