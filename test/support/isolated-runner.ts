/**
 * Runs inputs through the whole pipeline in worker threads, each with a hard
 * time limit: a promise timeout cannot stop a synchronous infinite loop, but
 * terminating the worker can. A worker that times out, runs out of memory or
 * dies is replaced, and the input is reported as such.
 */
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';

export interface Job {
  /** File name given to the pipeline (its extension is only a hint). */
  name: string;
  path?: string;
  bytes?: Uint8Array;
}

export type Outcome =
  | { outcome: 'converted'; ms: number }
  | { outcome: 'refused'; code: string; message: string; ms: number }
  | { outcome: 'crashed'; message: string; ms: number }
  | { outcome: 'timeout'; ms: number };

export interface RunnerOptions {
  workers: number;
  timeoutMs: number;
  /** Heap cap per worker, so a runaway allocation fails instead of swapping. */
  maxHeapMb?: number;
}

const WORKER_SCRIPT = join(import.meta.dirname, 'extract-worker.mjs');

interface Slot {
  worker: Worker;
  ready: Promise<void>;
}

/** Runs every job (at most `workers` at a time) and returns the outcomes in job order. */
export async function runIsolated(jobs: Job[], options: RunnerOptions): Promise<Outcome[]> {
  const outcomes: Outcome[] = new Array(jobs.length);
  let next = 0;
  const spawn = (): Slot => {
    const worker = new Worker(WORKER_SCRIPT, { resourceLimits: { maxOldGenerationSizeMb: options.maxHeapMb ?? 1024 } });
    const ready = new Promise<void>((resolve, reject) => {
      worker.once('message', () => resolve());
      worker.once('error', reject);
    });
    return { worker, ready };
  };

  const lane = async () => {
    let slot = spawn();
    try {
      while (next < jobs.length) {
        const index = next++;
        const job = jobs[index] as Job;
        await slot.ready;
        const result = await runOne(slot.worker, index, job, options.timeoutMs);
        outcomes[index] = result;
        if (result.outcome === 'timeout' || (result.outcome === 'crashed' && result.message.startsWith('worker died'))) {
          await slot.worker.terminate();
          slot = spawn();
        }
      }
    } finally {
      await slot.worker.terminate();
    }
  };
  await Promise.all(Array.from({ length: Math.min(options.workers, jobs.length) }, lane));
  return outcomes;
}

function runOne(worker: Worker, id: number, job: Job, timeoutMs: number): Promise<Outcome> {
  const started = performance.now();
  return new Promise((resolve) => {
    const finish = (outcome: Outcome) => {
      clearTimeout(timer);
      worker.off('message', onMessage);
      worker.off('error', onError);
      worker.off('exit', onExit);
      resolve(outcome);
    };
    const onMessage = (message: Outcome & { id: number }) => {
      if (message.id !== id) return;
      const { id: _, ...outcome } = message;
      finish(outcome as Outcome);
    };
    const onError = (error: Error) => finish({ outcome: 'crashed', message: `worker died: ${error.message}`, ms: elapsed() });
    const onExit = (code: number) => finish({ outcome: 'crashed', message: `worker died: exit ${code}`, ms: elapsed() });
    const elapsed = () => Math.round(performance.now() - started);
    const timer = setTimeout(() => finish({ outcome: 'timeout', ms: elapsed() }), timeoutMs);
    worker.on('message', onMessage);
    worker.on('error', onError);
    worker.on('exit', onExit);
    worker.postMessage({ id, name: job.name, path: job.path, bytes: job.bytes });
  });
}

/** A refusal message the user can read: one line, no stack frames. */
export function isCleanMessage(message: string): boolean {
  return message.trim() !== '' && !/[\r\n]/.test(message) && !/\bat .+:\d+:\d+/.test(message);
}
