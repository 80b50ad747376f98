import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { compressAssets } from './compressAssets';

// The server serves dist/ in production; in development Vite proxies the API and the sync socket to it.
const SERVER = process.env.PARCOURS_SERVER ?? 'http://localhost:8080';

export default defineConfig({
  plugins: [react(), compressAssets()],
  build: { outDir: 'dist', emptyOutDir: true, sourcemap: true, chunkSizeWarningLimit: 1200 },
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
});
