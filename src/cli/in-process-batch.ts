/**
 * `runBatch` for the startup snapshot (see snapshot-entry.ts): converts on
 * the main thread, because a process started from a snapshot cannot start
 * worker threads from it. scripts/build-snapshot.mjs substitutes this module
 * for batch/run.ts in the snapshot's bundle; the CLI is otherwise unchanged.
 *
 * It takes only what it can do as the worker pool would: up to
 * `SNAPSHOT_MAX_FILES` files, each small enough that the pool would give it
 * the heap limit the snapshot runs with. For anything else it throws
 * `NeedsWorkers` before starting, and the caller (bin/programme.js) runs the
 * ordinary CLI instead. The per-file time limit is kept by that parent
 * process, which kills this one when a file runs over (and then has the
 * ordinary CLI do the whole run again, as it does if this one runs out of
 * memory).
 */
import { stat } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { BatchOptions, JobOutcome } from '../batch/run.js';
import type { PlannedJob } from '../batch/inputs.js';
import { convert } from '../convert.js';
import { describeError } from '../errors.js';
import { DEFAULT_LIMITS } from '../read/limits.js';
import { removeTemporaryFiles, writeAllOrNothing } from '../temporary-files.js';

export type { BatchOptions, JobOutcome } from '../batch/run.js';

/** Thrown when a run needs the worker pool: nothing has been converted or written. */
export class NeedsWorkers extends Error {
  constructor(reason: string) {
    super(`needs worker threads: ${reason}`);
    this.name = 'NeedsWorkers';
  }
}

/** What the snapshot process tells its parent before converting each file (see bin/programme.js). */
export interface ConversionStart {
  timeoutMs: number;
  /** The folder where a killed run may leave temporary files. */
  folder: string;
}

/**
 * The heap limit the snapshot is built and run with (`--max-old-space-size`),
 * the worker pool's default for inputs up to `SNAPSHOT_MAX_INPUT_BYTES`
 * (`workerHeapMb` in batch/run.ts; a test keeps the two in step).
 */
export const SNAPSHOT_HEAP_MB = 512;
export const SNAPSHOT_MAX_INPUT_BYTES = 8 * 2 ** 20;

/**
 * Most files converted here, one after the other; more go to the worker pool.
 * Measured with seed-sized files on 2 cores: after the first file (~0.35 s
 * from a fresh start), each takes ~50 ms here, about what the pool manages
 * per file with 2 workers, while the pool first spends ~0.7 s starting cold
 * threads: one process stays ahead up to a few dozen files.
 */
export const SNAPSHOT_MAX_FILES = 32;

export interface InProcessHooks {
  onConversionStart(start: ConversionStart): void;
  onConversionEnd(): void;
}

let hooks: InProcessHooks | undefined;

export function setInProcessHooks(value: InProcessHooks): void {
  hooks = value;
}

export async function runBatch(planned: PlannedJob[], options: BatchOptions): Promise<JobOutcome[]> {
  const convertible = planned.filter((job) => !job.error);
  if (!hooks) throw new NeedsWorkers('not started from the snapshot');
  if (convertible.length > SNAPSHOT_MAX_FILES) throw new NeedsWorkers('more files than it converts alone');
  if (options.maxWorkerHeapMb !== undefined && options.maxWorkerHeapMb !== SNAPSHOT_HEAP_MB) throw new NeedsWorkers('another heap limit');
  const sizes = await Promise.all(convertible.map((job) => stat(job.input).then((s) => s.size, () => 0)));
  if (sizes.some((size) => size > SNAPSHOT_MAX_INPUT_BYTES)) throw new NeedsWorkers('another heap limit');

  const timeoutMs = options.limits?.timeoutMs ?? DEFAULT_LIMITS.timeoutMs;
  const folders = [...new Set(convertible.map((job) => dirname(job.outputStem)))];
  // Interrupted (Ctrl-C; the terminal and bin/programme.js may both send it):
  // let the outputs being written settle (renamed or removed), start nothing
  // more, remove this process's temporary files, then die of the same signal.
  // Sweeping while a write was in flight left its temporary files behind.
  let stopping = false;
  let writing: Promise<unknown> = Promise.resolve();
  const halted = new Promise<never>(() => undefined);
  const onSignal = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    void writing
      .catch(() => undefined)
      .then(() => removeTemporaryFiles(folders))
      .finally(() => {
        process.off('SIGINT', onSignal).off('SIGTERM', onSignal).off('SIGHUP', onSignal);
        process.kill(process.pid, signal);
      });
  };
  process.on('SIGINT', onSignal).on('SIGTERM', onSignal).on('SIGHUP', onSignal);
  const outcomes: JobOutcome[] = [];
  try {
    for (const job of planned) {
      if (stopping) return halted;
      options.onStart?.(job);
      let outcome: JobOutcome;
      if (job.error) outcome = { job, error: job.error, reason: 'not-found' };
      else {
        hooks.onConversionStart({ timeoutMs, folder: dirname(job.outputStem) });
        const started = performance.now();
        try {
          // convertFile's two steps, with a look at the clock between them:
          // the parent may not have killed a file that ran over its time yet,
          // and the worker pool would not have written its outputs.
          const { value, warnings } = await convert(job.input, options);
          if (performance.now() - started > timeoutMs) throw new NeedsWorkers('a file ran over its time limit');
          const files = [...value.files].map(([format, bytes]) => [`${job.outputStem}.${format}`, bytes] as const);
          if (stopping) return halted;
          writing = writeAllOrNothing(files);
          await writing;
          outcome = { job, result: { input: job.input, outputs: files.map(([path]) => path), warnings } };
        } catch (error) {
          if (error instanceof NeedsWorkers) throw error;
          outcome = { job, ...describeError(error) };
        }
        hooks.onConversionEnd();
      }
      outcomes.push(outcome);
      options.onDone?.(outcome);
    }
  } finally {
    if (!stopping) process.off('SIGINT', onSignal).off('SIGTERM', onSignal).off('SIGHUP', onSignal);
  }
  return outcomes;
}


