/**
 * A Vite plugin that writes a brotli (.br) and a gzip (.gz) copy beside each text asset of the
 * build, once, at build time: the server sends them to browsers that accept them (@fastify/static's
 * preCompressed, apps/server/src/web.ts) without compressing anything per request. A phone on a
 * hotel Wi-Fi then downloads about a third of the bytes.
 */
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import type { Plugin } from 'vite';

const TEXT = /\.(js|css|html|svg|json)$/;
/** Below this, compression saves less than a packet: the file is sent as it is. */
const MIN_BYTES = 1024;

function* files(dir: string): Generator<string> {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* files(path);
    else yield path;
  }
}

export function compressAssets(): Plugin {
  let outDir = 'dist';
  return {
    name: 'parcours-compress-assets',
    apply: 'build',
    configResolved(config) {
      // The build's folder, wherever the build was started from (scripts/buildIfChanged.mjs runs it from the root).
      outDir = resolve(config.root, config.build.outDir);
    },
    closeBundle() {
      for (const path of files(outDir)) {
        if (!TEXT.test(path)) continue;
        const content = readFileSync(path);
        if (content.byteLength < MIN_BYTES) continue;
        writeFileSync(`${path}.br`, brotliCompressSync(content, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }));
        writeFileSync(`${path}.gz`, gzipSync(content, { level: 9 }));
      }
    },
  };
}
