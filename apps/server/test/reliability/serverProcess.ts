/**
 * Server child processes for the crash tests: spawned warm (modules loaded, not listening),
 * started on demand, SIGKILLed by the test. Every child is killed when the pool stops or when
 * the test process exits, also after a failure.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { SCRATCH_ROOTS } from '../helpers';

const SERVER_DIR = fileURLToPath(new URL('../..', import.meta.url));
const CHILD_ENTRY = fileURLToPath(new URL('./serverChild.ts', import.meta.url));

export interface ServerProcess {
  readonly child: ChildProcess;
  readonly exited: Promise<void>;
  /** Everything the child wrote on stdout and stderr so far (its pino logs). */
  output(): string;
  /** Listens; resolves once it accepts connections. */
  start(): Promise<void>;
  kill(): Promise<void>;
}

export interface ServerPoolOptions {
  readonly port: number;
  /** DATA_DIR, DATABASE_URL... merged into the child's environment. */
  readonly env: Record<string, string>;
  /** How many children to keep warm ahead of need. */
  readonly warm: number;
  /** LOG_LEVEL of the children; 'warn' unless a test reads the logs. */
  readonly logLevel?: string;
}

/** Keeps `warm` children loaded so the next start after a kill is immediate. */
export class ServerPool {
  private readonly ready: Promise<ServerProcess>[] = [];
  private readonly all = new Set<ChildProcess>();
  private readonly killAll = () => {
    for (const child of this.all) child.kill('SIGKILL');
  };

  constructor(private readonly options: ServerPoolOptions) {
    process.once('exit', this.killAll);
    for (let i = 0; i < options.warm; i++) this.ready.push(this.spawnWarm());
  }

  /** A started server; another warm one is spawned in its place. */
  async next(): Promise<ServerProcess> {
    const server = await (this.ready.shift() ?? this.spawnWarm());
    this.ready.push(this.spawnWarm());
    await server.start();
    return server;
  }

  async stop(): Promise<void> {
    process.off('exit', this.killAll);
    // Warm children still loading reject their promise once killed: nobody waits on them now.
    for (const pending of this.ready.splice(0)) pending.catch(() => {});
    const children = [...this.all];
    await Promise.all(
      children.map(
        (child) =>
          new Promise<void>((resolve) => {
            if (child.exitCode !== null || child.signalCode !== null) return resolve();
            child.once('exit', () => resolve());
            child.kill('SIGKILL');
          }),
      ),
    );
  }

  private spawnWarm(): Promise<ServerProcess> {
    const child = spawn(process.execPath, ['--import', 'tsx', CHILD_ENTRY], {
      cwd: SERVER_DIR,
      env: {
        ...process.env,
        PARCOURS_TEST_SCRATCH_ROOTS: SCRATCH_ROOTS.join(','),
        ...this.options.env,
        PORT: String(this.options.port),
        HOST: '127.0.0.1',
        LOG_LEVEL: this.options.logLevel ?? 'warn',
      },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    this.all.add(child);
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    void exited.then(() => this.all.delete(child));
    const stderr: string[] = [];
    const output: string[] = [];
    child.stderr!.on('data', (chunk) => {
      stderr.push(String(chunk));
      output.push(String(chunk));
    });
    child.stdout!.on('data', (chunk) => output.push(String(chunk)));
    const lines = createInterface({ input: child.stdout! });
    const waitFor = (msg: string) =>
      new Promise<void>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`server child: no '${msg}' within 60 s`)), 60_000);
        const onLine = (line: string) => {
          if (!line.includes(`"msg":"${msg}"`)) return;
          clearTimeout(timer);
          lines.off('line', onLine);
          resolve();
        };
        lines.on('line', onLine);
        void exited.then(() => {
          clearTimeout(timer);
          reject(new Error(`server child exited before '${msg}': ${stderr.join('').slice(-2000)}`));
        });
      });
    const server: ServerProcess = {
      child,
      exited,
      output: () => output.join(''),
      start() {
        const listening = waitFor('listening');
        child.stdin!.write('go\n');
        return listening;
      },
      async kill() {
        if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
        await exited;
      },
    };
    return waitFor('warm').then(() => server);
  }
}
