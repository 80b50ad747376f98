/**
 * The reference y-websocket server, set up like its own bin/server.js: a plain http server, a ws
 * server, setupWSConnection with the document name from the URL path. No persistence (its
 * default without YPERSISTENCE).
 */
import { createServer } from 'node:http';
import { setupWSConnection } from '@y/websocket-server/utils';
import { WebSocketServer } from 'ws';
import type { RunningServer } from './kinds';

export async function startReference(): Promise<RunningServer> {
  delete process.env.YPERSISTENCE;
  const http = createServer((_request, response) => {
    response.writeHead(200, { 'content-type': 'text/plain' });
    response.end('okay');
  });
  const wss = new WebSocketServer({ noServer: true });
  wss.on('connection', setupWSConnection);
  http.on('upgrade', (request, socket, head) => {
    wss.handleUpgrade(request, socket, head, (ws) => wss.emit('connection', ws, request));
  });
  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
  const address = http.address();
  if (!address || typeof address === 'string') throw new Error('no port');
  return {
    port: address.port,
    close: async () => {
      for (const client of wss.clients) client.terminate();
      await new Promise<void>((resolve) => http.close(() => resolve()));
    },
  };
}
