/**
 * Bundles the naive page with esbuild (production React, minified) and serves it on 127.0.0.1
 * from memory: index.html and main.js, nothing else.
 */
import { createServer, type Server } from 'node:http';
import { build } from 'esbuild';

const HTML = `<!doctype html><html><head><meta charset="utf-8"><title>naive react-konva</title>
<style>html,body,#root{margin:0;height:100%;overflow:hidden}</style></head>
<body><div id="root"></div><script src="/main.js"></script></body></html>`;

export interface NaivePage {
  readonly url: string;
  close(): Promise<void>;
}

export async function serveNaivePage(): Promise<NaivePage> {
  const bundle = await build({
    entryPoints: [new URL('./main.tsx', import.meta.url).pathname],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    minify: true,
    jsx: 'automatic',
    define: { 'process.env.NODE_ENV': '"production"' },
    write: false,
    logLevel: 'silent',
  });
  const js = bundle.outputFiles[0]!.text;
  const server: Server = createServer((request, response) => {
    const path = (request.url ?? '/').split('?')[0];
    if (path === '/main.js') {
      response.writeHead(200, { 'content-type': 'text/javascript' });
      response.end(js);
    } else {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      response.end(HTML);
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('no port');
  return {
    url: `http://127.0.0.1:${address.port}/`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
