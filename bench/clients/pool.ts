/**
 * Parent side of the client agents of one measurement: readers spread over a few child
 * processes (each holds many clients), writers in their own process so a busy reader never
 * delays a send. Always closed with close(), which kills what does not exit.
 */
import { Child } from '../lib/rpc';
import type { AgentResults, ConnectArgs, ConnectResult, WriteArgs } from './agent';

const AGENT = new URL('./agent.ts', import.meta.url);

export class Agent {
  private constructor(private readonly child: Child) {}

  static async start(): Promise<Agent> {
    return new Agent(await Child.start(AGENT, []));
  }

  connect(args: ConnectArgs): Promise<ConnectResult> {
    return this.child.call('connect', args, (args.timeoutMs ?? 60_000) + 5_000);
  }

  record(expect: number, keepLatencies: boolean): Promise<boolean> {
    return this.child.call('record', { expect, keepLatencies });
  }

  write(args: WriteArgs, timeoutMs: number): Promise<number> {
    return this.child.call('write', args, timeoutMs);
  }

  prepare(writer: string, edits: number): Promise<number> {
    return this.child.call('prepare', { writer, edits }, 60_000);
  }

  sendPrepared(yieldEvery: number, timeoutMs: number): Promise<number> {
    return this.child.call('sendPrepared', { yieldEvery }, timeoutMs);
  }

  /** The agent process's CPU time so far (µs). */
  cpuUs(): Promise<number> {
    return this.child.call('cpu', {});
  }

  waitAll(timeoutMs: number): Promise<number | null> {
    return this.child.call('waitAll', { timeoutMs }, timeoutMs + 5_000);
  }

  results(): Promise<AgentResults> {
    return this.child.call('results', {}, 30_000);
  }

  /** Destroys this agent's clients; the agent stays up for the next measurement. */
  disconnectAll(): Promise<boolean> {
    return this.child.call('disconnect', {}, 10_000);
  }

  async close(): Promise<void> {
    try {
      await this.child.call('disconnect', {}, 10_000);
    } catch {
      // stop() below kills it.
    }
    await this.child.stop(3_000);
  }
}

/** Starts `count` agents; if one fails to start, the others are stopped. */
export async function startAgents(count: number): Promise<Agent[]> {
  const started = await Promise.allSettled(Array.from({ length: count }, () => Agent.start()));
  const agents = started.flatMap((s) => (s.status === 'fulfilled' ? [s.value] : []));
  const failed = started.find((s) => s.status === 'rejected');
  if (failed) {
    await closeAll(agents);
    throw (failed as PromiseRejectedResult).reason;
  }
  return agents;
}

export async function closeAll(agents: readonly Agent[]): Promise<void> {
  await Promise.allSettled(agents.map((a) => a.close()));
}

/** Splits `total` clients over `parts` agents as evenly as possible. */
export function split(total: number, parts: number): number[] {
  return Array.from({ length: parts }, (_, i) => Math.floor(total / parts) + (i < total % parts ? 1 : 0));
}
