/**
 * One export worker thread (exportPool.ts): renders the jobs it is given, one at a time, and
 * hands the PNG bytes back without copying them.
 */
import { parentPort } from 'node:worker_threads';
import { type PngJob, type PngResult, renderBoardPng } from './renderBoardPng';

export interface WorkerRequest {
  readonly id: number;
  readonly job: PngJob;
}

export type WorkerReply =
  | { readonly id: number; readonly result: PngResult }
  | { readonly id: number; readonly failure: string };

const port = parentPort;
if (!port) throw new Error('exportWorker.ts runs as a worker thread (exportPool.ts)');

port.on('message', ({ id, job }: WorkerRequest) => {
  renderBoardPng(job).then(
    (result) => {
      const reply: WorkerReply = { id, result };
      port.postMessage(reply, result.ok ? [result.png.buffer as ArrayBuffer] : []);
    },
    (err: unknown) => {
      const reply: WorkerReply = { id, failure: err instanceof Error ? err.message : String(err) };
      port.postMessage(reply);
    },
  );
});
