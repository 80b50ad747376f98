/**
 * Request/response over the IPC channel of a forked child: the parent drives servers and client
 * agents by message, and every child dies with its parent (its IPC channel closes).
 */
import { type ChildProcess, fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { withTimeout } from './time';

interface Request {
  readonly id: number;
  readonly cmd: string;
  readonly args: unknown;
}

interface Response {
  readonly id: number;
  readonly result?: unknown;
  readonly error?: string;
}

export type Handlers = Record<string, (args: never) => unknown>;

/** Child side: answers requests with the handler of the same name. Exits when the parent is gone. */
export function serve(handlers: Handlers): void {
  process.on('disconnect', () => process.exit(0));
  process.on('message', (message: Request) => {
    const handler = handlers[message.cmd] as ((args: unknown) => unknown) | undefined;
    Promise.resolve()
      .then(() => {
        if (!handler) throw new Error(`unknown command ${message.cmd}`);
        return handler(message.args);
      })
      .then(
        (result) => process.send?.({ id: message.id, result } satisfies Response),
        (err: Error) => process.send?.({ id: message.id, error: err.stack ?? String(err) } satisfies Response),
      );
  });
  process.send?.({ id: 0, result: 'ready' } satisfies Response);
}

export interface ChildOptions {
  /** Extra node flags, e.g. --cpu-prof. */
  readonly nodeFlags?: readonly string[];
  readonly env?: NodeJS.ProcessEnv;
  /** Modules loaded before `module` (node --import). */
  readonly preload?: readonly URL[];
  /** Drop the child's stdout (a server's request log). */
  readonly quietStdout?: boolean;
}

/** Parent side of one forked child. */
export class Child {
  private nextId = 1;
  private readonly pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();
  private exited = false;
  readonly ready: Promise<void>;

  private constructor(readonly process: ChildProcess) {
    let onReady: () => void = () => {};
    this.ready = new Promise((resolve) => {
      onReady = resolve;
    });
    process.on('message', (message: Response) => {
      if (message.id === 0) return onReady();
      const waiter = this.pending.get(message.id);
      if (!waiter) return;
      this.pending.delete(message.id);
      if (message.error !== undefined) waiter.reject(new Error(message.error));
      else waiter.resolve(message.result);
    });
    process.on('exit', (code, signal) => {
      this.exited = true;
      for (const waiter of this.pending.values()) waiter.reject(new Error(`child exited (${code ?? signal})`));
      this.pending.clear();
    });
  }

  /** Forks `module` (a .ts file next to the caller) with tsx, and waits for it to be ready. */
  static async start(module: URL, args: readonly string[], options: ChildOptions = {}): Promise<Child> {
    const child = fork(fileURLToPath(module), args, {
      execArgv: [
        '--import',
        'tsx',
        ...(options.preload ?? []).flatMap((url) => ['--import', url.href]),
        '--expose-gc',
        ...(options.nodeFlags ?? []),
      ],
      env: { ...process.env, ...options.env },
      stdio: ['ignore', options.quietStdout ? 'ignore' : 'inherit', 'inherit', 'ipc'],
    });
    const wrapper = new Child(child);
    const exited = new Promise<never>((_, reject) =>
      child.once('exit', (code) => reject(new Error(`${module.pathname} exited early (${code})`))),
    );
    await withTimeout(Promise.race([wrapper.ready, exited]), 90_000, `start of ${module.pathname}`);
    return wrapper;
  }

  call<T>(cmd: string, args: unknown = {}, timeoutMs = 60_000): Promise<T> {
    if (this.exited) return Promise.reject(new Error(`child is gone (cmd ${cmd})`));
    const id = this.nextId++;
    const result = new Promise<T>((resolve, reject) => {
      this.pending.set(id, { resolve: resolve as (v: unknown) => void, reject });
    });
    this.process.send({ id, cmd, args } satisfies Request);
    return withTimeout(result, timeoutMs, cmd).finally(() => this.pending.delete(id));
  }

  /** Asks politely (disconnect), then SIGKILL after a grace period. */
  async stop(graceMs = 5_000): Promise<void> {
    if (this.exited) return;
    const gone = new Promise<void>((resolve) => this.process.once('exit', () => resolve()));
    if (this.process.connected) this.process.disconnect();
    const timer = setTimeout(() => this.process.kill('SIGKILL'), graceMs);
    await gone;
    clearTimeout(timer);
  }

  kill(): void {
    if (!this.exited) this.process.kill('SIGKILL');
  }
}
