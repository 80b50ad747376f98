import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { compressAssets } from './compressAssets';

// The server serves dist/ in production; in development Vite proxies the API and the sync socket to it.
const SERVER = process.env.PARCOURS_SERVER ?? 'http://localhost:8080';

// `vite build --mode e2e`: the build the browser tests drive, with their hooks (src/testHooks.d.ts), in
// its own folder so that production's dist/ never holds them.
export default defineConfig(({ mode }) => {
  const testHooks = mode === 'e2e';
  return {
    plugins: [react(), compressAssets()],
    define: { __PARCOURS_TEST_HOOKS__: JSON.stringify(testHooks) },
    build: {
      outDir: testHooks ? 'dist-e2e' : 'dist',
      emptyOutDir: true,
      sourcemap: !testHooks,
      chunkSizeWarningLimit: 1200,
      // A chunk of a few hundred bytes costs a phone on 4G a request and its headers (about 1 KB) for
      // little: Rollup folds chunks under 8 KB into a chunk loaded in the same places.
      rollupOptions: { output: { experimentalMinChunkSize: 8_000 } },
    },
    server: {
      proxy: {
        '/api': { target: SERVER, changeOrigin: true },
        '/sync': {
          target: SERVER,
          ws: true,
          changeOrigin: true,
          // The server lets in pages of its own origin only (relay/origin.ts): this page is the dev server's.
          configure: (proxy) => {
            proxy.on('proxyReqWs', (request) => request.setHeader('origin', new URL(SERVER).origin));
          },
        },
      },
    },
  };
});
