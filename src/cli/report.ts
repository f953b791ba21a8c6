/**
 * What the CLI prints while a batch runs: one line per failed input on
 * stderr, and a summary at the end (converted, failed with reasons grouped,
 * time). Progress display lives here too.
 */
import type { PlannedJob } from '../batch/inputs.js';
import type { JobOutcome } from '../batch/run.js';

export interface Reporter {
  start(job: PlannedJob): void;
  done(outcome: JobOutcome): void;
  finish(outcomes: JobOutcome[], elapsedMs: number): void;
}

export function createReporter(total: number, { verbose }: { verbose: boolean }): Reporter {
  return {
    start() {},
    done(outcome) {
      if (outcome.error) {
        process.stderr.write(`programme: ${outcome.job.input}: ${outcome.error}\n`);
        if (verbose && outcome.stack) process.stderr.write(`${outcome.stack}\n`);
      }
    },
    finish(outcomes, elapsedMs) {
      const failed = outcomes.filter((o) => o.error);
      const reasons = new Map<string, number>();
      for (const o of failed) reasons.set(o.reason ?? 'error', (reasons.get(o.reason ?? 'error') ?? 0) + 1);
      const grouped = [...reasons].map(([reason, n]) => `${n} ${reason}`).join(', ');
      const seconds = (elapsedMs / 1000).toFixed(1);
      if (total === 0) process.stderr.write('programme: no input file found\n');
      else process.stderr.write(`converted ${total - failed.length} of ${total}${failed.length ? `, failed ${failed.length} (${grouped})` : ''} in ${seconds} s\n`);
    },
  };
}
