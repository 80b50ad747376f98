/**
 * Builds what `pnpm start` and the browser tests run, only when its sources changed since the last
 * build (a SHA-256 of every input file, kept under node_modules/.cache/parcours/): a restart takes
 * the time of a hash, not of a Vite build.
 *   node scripts/buildIfChanged.mjs web server     (pnpm start)
 *   node scripts/buildIfChanged.mjs web-e2e        (the browser tests' build, with their hooks)
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const WEB = join(ROOT, 'apps/web');
const SERVER = join(ROOT, 'apps/server');
const JOURNEY = ['packages/journey/src', 'packages/journey/package.json', 'packages/journey/schema'];
const CACHE = join(ROOT, 'node_modules/.cache/parcours');

async function viteBuild(mode) {
  const { build } = await import(pathToFileURL(createRequire(join(WEB, 'package.json')).resolve('vite')).href);
  // Vite bundles for the NODE_ENV it finds: vitest's 'test' (the browser tests' global setup builds
  // dist-e2e) gave React's development build, about 50 KB more on the phone view's first load and
  // slower pages, so the tests and the benchmark drove another app than production's.
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({ root: WEB, mode, logLevel: 'warn' });
  } finally {
    if (nodeEnv === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = nodeEnv;
  }
}

/** The shared packages both apps are built with. */
const SHARED = [...JOURNEY, 'packages/api/src', 'packages/api/package.json', 'pnpm-lock.yaml'];
const WEB_INPUTS = [
  'apps/web/src',
  'apps/web/public',
  'apps/web/index.html',
  'apps/web/vite.config.ts',
  'apps/web/package.json',
  ...SHARED,
];

/** Each target: the files it is built from, what it writes (missing: build again) and how. */
const TARGETS = {
  web: { inputs: WEB_INPUTS, output: join(WEB, 'dist/index.html'), build: () => viteBuild('production') },
  'web-e2e': { inputs: WEB_INPUTS, output: join(WEB, 'dist-e2e/index.html'), build: () => viteBuild('e2e') },
  server: {
    inputs: ['apps/server/src', 'apps/server/build.mjs', 'apps/server/package.json', ...SHARED],
    output: join(SERVER, 'dist/main.js'),
    build: async () => (await import(pathToFileURL(join(SERVER, 'build.mjs')).href)).buildServer(),
  },
};

function listFiles(path) {
  if (!existsSync(path)) return [];
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path, { withFileTypes: true })
    .flatMap((entry) => listFiles(join(path, entry.name)))
    .filter((file) => !/\.test\.tsx?$/.test(file));
}

function hashOf(inputs) {
  const hash = createHash('sha256');
  for (const file of inputs.flatMap((input) => listFiles(join(ROOT, input))).sort()) {
    hash.update(relative(ROOT, file)).update('\0').update(readFileSync(file)).update('\0');
  }
  return hash.digest('hex');
}

/** Builds `name` if its inputs changed or its output is missing; says whether it built. */
export async function buildIfChanged(name) {
  const target = TARGETS[name];
  if (!target) throw new Error(`unknown build target ${name}: ${Object.keys(TARGETS).join(', ')}`);
  const stamp = join(CACHE, `${name}.sha256`);
  const hash = hashOf(target.inputs);
  if (existsSync(target.output) && existsSync(stamp) && readFileSync(stamp, 'utf8') === hash) return false;
  await target.build();
  mkdirSync(CACHE, { recursive: true });
  writeFileSync(stamp, hash);
  return true;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  for (const name of process.argv.slice(2)) {
    const started = performance.now();
    const built = await buildIfChanged(name);
    const ms = Math.round(performance.now() - started);
    console.log(built ? `${name}: built in ${ms} ms` : `${name}: unchanged (checked in ${ms} ms)`);
  }
}
