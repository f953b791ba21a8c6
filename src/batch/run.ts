/**
 * Runs a batch of conversions, `jobs` at a time, each failure isolated:
 * one broken file never stops the others. Reports progress through callbacks
 * so the CLI decides how to show it.
 */
import { convertFile, type ConvertOptions, type FileResult } from '../convert.js';
import { describeError } from '../errors.js';
import type { PlannedJob } from './inputs.js';

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
  jobs: number;
  onStart?: (job: PlannedJob) => void;
  onDone?: (outcome: JobOutcome) => void;
}

export async function runBatch(planned: PlannedJob[], options: BatchOptions): Promise<JobOutcome[]> {
  const outcomes: JobOutcome[] = new Array(planned.length);
  let next = 0;
  const worker = async () => {
    while (next < planned.length) {
      const index = next++;
      const job = planned[index]!;
      options.onStart?.(job);
      let outcome: JobOutcome;
      if (job.error) outcome = { job, error: job.error, reason: 'not-found' };
      else {
        try {
          outcome = { job, result: await convertFile(job, options) };
        } catch (error) {
          outcome = { job, ...describeError(error) };
        }
      }
      outcomes[index] = outcome;
      options.onDone?.(outcome);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(options.jobs, planned.length)) }, worker));
  return outcomes;
}
