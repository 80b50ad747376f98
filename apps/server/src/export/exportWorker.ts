/**
 * One export worker thread (exportPool.ts): runs the jobs it is given, one at a time, and hands
 * PNG and PDF bytes back without copying them.
 */
import { parentPort } from 'node:worker_threads';
import { type ExportJob, type ExportResult, runExport } from './exportJob';

export interface WorkerRequest {
  readonly id: number;
  readonly job: ExportJob;
}

export type WorkerReply =
  | { readonly id: number; readonly result: ExportResult }
  | { readonly id: number; readonly failure: string };

const port = parentPort;
if (!port) throw new Error('exportWorker.ts runs as a worker thread (exportPool.ts)');

port.on('message', ({ id, job }: WorkerRequest) => {
  runExport(job).then(
    (result) => {
      const reply: WorkerReply = { id, result };
      const bytes = !result.ok ? null : result.kind === 'png' ? result.png : result.kind === 'pdf' ? result.pdf : null;
      port.postMessage(reply, bytes ? [bytes.buffer as ArrayBuffer] : []);
    },
    (err: unknown) => {
      const reply: WorkerReply = { id, failure: err instanceof Error ? err.message : String(err) };
      port.postMessage(reply);
    },
  );
});
