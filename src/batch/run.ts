/**
 * Runs a batch of conversions on worker threads (piscina), `jobs` at a time,
 * each failure isolated: one broken file never stops the others. Reports
 * progress through callbacks so the CLI decides how to show it.
 *
 * Even a single file goes to a worker: only a thread can be stopped in the
 * middle of a synchronous loop (the per-file time limit) or die of a memory
 * blow-up (its heap limit) without taking the whole run down. Starting one
 * costs about 20 ms, and the main thread then never loads the pipeline.
 */
import { stat } from 'node:fs/promises';
import { dirname } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { Piscina } from 'piscina';
import type { ConvertOptions, FileResult } from '../convert.js';
import { DEFAULT_LIMITS } from '../read/limits.js';
import { DEFAULT_FORMATS } from '../render/registry.js';
import { removeTemporaryFiles } from '../temporary-files.js';
import type { PlannedJob } from './inputs.js';
import type { ConvertTask, TaskOutcome, WorkerSetup } from './protocol.js';

export interface JobOutcome {
  job: PlannedJob;
  result?: FileResult;
  /** One line, for the user. */
  error?: string;
  /** Grouping key for the summary (`password-protected`, `corrupt`, …). */
  reason?: string;
  stack?: string;
}

export interface BatchOptions extends ConvertOptions {
  /** Files converted at the same time, one worker thread each. */
  jobs: number;
  /** Heap limit of each worker, in MiB: a file that needs more fails alone. Default: `workerHeapMb()`. */
  maxWorkerHeapMb?: number;
  onStart?: (job: PlannedJob) => void;
  onDone?: (outcome: JobOutcome) => void;
}

/**
 * The default heap limit of a worker: about 64 times the largest input (a
 * 4 MiB .docx with pictures peaks between 128 and 256 MiB: it inflates, then
 * lives as XML, HTML and mdast trees at once), and at least 512 MiB. Not
 * more than needed: V8 lets a heap grow towards its limit before collecting
 * in earnest, and with 2 GiB a long batch of small files held ~150 MiB more
 * per worker, in garbage.
 */
export function workerHeapMb(largestInputBytes: number): number {
  return Math.min(8192, Math.max(512, Math.ceil((64 * largestInputBytes) / 2 ** 20)));
}

/**
 * Turns off V8's allocation-site pretenuring for the worker threads (V8
 * flags are per process; a heap reads this one as it runs). A conversion
 * allocates its trees afresh for every file, and they outlive a scavenge or
 * two while the file is converted: V8 then took their allocation sites for
 * long-lived ones and allocated straight into the old generation, which
 * filled with one file's garbage after another. Off, a worker ran 7 full
 * collections instead of 17 per 100 seed-sized files: ~10% less CPU and
 * ~20 MiB less memory for a 2-worker batch.
 */
function tuneWorkerHeaps(): void {
  setFlagsFromString('--no-allocation-site-pretenuring');
}

// The bundled worker sits in dist/batch/; this module is bundled one folder
// deep too (dist/cli/main.js or a dist/chunks/ file).
const WORKER_FILE = new URL('../batch/worker.js', import.meta.url);

export async function runBatch(planned: PlannedJob[], options: BatchOptions): Promise<JobOutcome[]> {
  const outcomes: JobOutcome[] = new Array(planned.length);
  const convertible = planned.filter((job) => !job.error).length;
  const threads = Math.max(1, Math.min(options.jobs, convertible));
  const formats = options.formats ?? DEFAULT_FORMATS;
  const timeoutMs = options.limits?.timeoutMs ?? DEFAULT_LIMITS.timeoutMs;
  const heapMb = options.maxWorkerHeapMb ?? workerHeapMb(await largestSize(planned));
  if (convertible > 0) tuneWorkerHeaps();
  const pool =
    convertible === 0
      ? undefined
      : new Piscina<ConvertTask, TaskOutcome>({
          filename: WORKER_FILE.href,
          minThreads: threads,
          maxThreads: threads,
          resourceLimits: { maxOldGenerationSizeMb: heapMb },
          workerData: { formats } satisfies WorkerSetup,
        });
  const task: ConvertTask['options'] = { formats, limits: options.limits, render: options.render };
  // Folders where a stopped worker may have left a temporary file behind.
  const interrupted = new Set<string>();

  const convertOne = async (job: PlannedJob): Promise<JobOutcome> => {
    if (job.error || !pool) return { job, error: job.error ?? 'no such file', reason: 'not-found' };
    const signal = AbortSignal.timeout(timeoutMs);
    try {
      const answer = await pool.run({ job: { input: job.input, outputStem: job.outputStem }, options: task }, { signal });
      return { job, ...answer };
    } catch (error) {
      interrupted.add(dirname(job.outputStem));
      return { job, ...workerFailure(error, signal.aborted, timeoutMs, heapMb) };
    }
  };

  let next = 0;
  let stopping = false;
  // Once interrupted, nothing more is started or reported: the process is about to die.
  const halted = new Promise<never>(() => undefined);
  const lane = async () => {
    while (!stopping && next < planned.length) {
      const index = next++;
      const job = planned[index]!;
      options.onStart?.(job);
      const outcome = await convertOne(job);
      if (stopping) return halted;
      outcomes[index] = outcome;
      options.onDone?.(outcome);
    }
  };
  // Interrupted (Ctrl-C), stop the workers and remove their temporary files
  // before dying of the same signal.
  const onSignal = (signal: NodeJS.Signals) => {
    stopping = true;
    void (async () => {
      await pool?.destroy().catch(() => undefined);
      await removeTemporaryFiles(new Set(planned.map((job) => dirname(job.outputStem))));
      process.kill(process.pid, signal);
    })();
  };
  process.once('SIGINT', onSignal).once('SIGTERM', onSignal);
  try {
    await Promise.all(Array.from({ length: threads }, lane));
  } finally {
    process.off('SIGINT', onSignal).off('SIGTERM', onSignal);
    await pool?.destroy();
    await removeTemporaryFiles(interrupted);
  }
  return outcomes;
}

/** A task that did not come back: timed out, out of memory, or its thread died. */
function workerFailure(error: unknown, timedOut: boolean, timeoutMs: number, heapMb: number): Omit<JobOutcome, 'job'> {
  if (timedOut) return { error: `timed out after ${formatSeconds(timeoutMs)} s`, reason: 'timeout' };
  const code = (error as { code?: unknown } | null)?.code;
  if (code === 'ERR_WORKER_OUT_OF_MEMORY') return { error: `ran out of memory (the limit is ${heapMb} MiB per file)`, reason: 'too-large' };
  const message = error instanceof Error ? error.message : String(error);
  const line = message.split('\n').find((l) => l.trim() !== '')?.trim() ?? 'unknown error';
  return { error: `unexpected error: the worker stopped: ${line}`, reason: 'internal-error', stack: error instanceof Error ? error.stack : undefined };
}

async function largestSize(planned: PlannedJob[]): Promise<number> {
  const sizes = await Promise.all(planned.filter((job) => !job.error).map((job) => stat(job.input).then((s) => s.size, () => 0)));
  return sizes.reduce((a, b) => Math.max(a, b), 0);
}

const formatSeconds = (ms: number) => String(Number((ms / 1000).toFixed(3)));

