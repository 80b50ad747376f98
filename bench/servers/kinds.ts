/** The servers under test. Each runs alone in a child process so its CPU and memory are its own. */
export const SERVER_KINDS = ['parcours', 'reference', 'hocuspocus'] as const;
export type ServerKind = (typeof SERVER_KINDS)[number];

export const SERVER_LABELS: Record<ServerKind, string> = {
  parcours: 'Parcours relay (SQLite)',
  reference: '@y/websocket-server 0.1.1',
  hocuspocus: '@hocuspocus/server 4.7.0',
};

/** What a server child returns when started. */
export interface Listening {
  readonly port: number;
}

/** Inside the server child: a started server. */
export interface RunningServer extends Listening {
  close(): Promise<void>;
}

export interface ServerStats {
  /** process.cpuUsage() of the server process, µs. */
  readonly cpuUs: number;
  readonly rss: number;
  readonly heapUsed: number;
  /** Memory outside the JS heap that JS objects hold (Buffers, Uint8Arrays: encoded docs). */
  readonly external: number;
}
