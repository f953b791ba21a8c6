/**
 * `programme convert <input>... [--out-dir DIR] [--formats json,md,pdf] [--jobs N]`
 *
 * Exit status: 0 every input converted; 1 at least one failed (the others are
 * still written); 2 usage error. One line on stderr per failed input.
 */
import { availableParallelism } from 'node:os';
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { planJobs } from '../batch/inputs.js';
import { runBatch, type JobOutcome } from '../batch/run.js';
import { DEFAULT_LIMITS, type Limits } from '../read/limits.js';
import { DEFAULT_FORMATS, isOutputFormat, OUTPUT_FORMATS, type OutputFormat } from '../render/registry.js';
import { createReporter } from './report.js';

export const EXIT = { ok: 0, failed: 1, usage: 2 } as const;

interface ConvertFlags {
  outDir: string;
  formats: OutputFormat[];
  jobs: number;
  verbose: boolean;
  pageSize: 'A4' | 'LETTER';
  timezone: string;
  csvSeparator: string;
  maxInputMb: number;
  maxInflatedMb: number;
  maxZipEntries: number;
  timeout: number;
  maxMemoryMb?: number;
}

export async function main(argv: string[]): Promise<number> {
  let exitCode: number = EXIT.ok;
  const program = new Command('programme')
    .description('Turn event programmes (.docx, .doc, .txt, .md) into JSON, Markdown, PDF and more.')
    .exitOverride()
    .configureOutput({ writeErr: (text) => process.stderr.write(text) });

  program
    .command('convert')
    .description('convert files, or every programme in folders (searched recursively)')
    .argument('<input...>', 'files or folders')
    .option('-o, --out-dir <dir>', 'output folder', 'output')
    .option('-f, --formats <list>', `comma-separated output formats (${OUTPUT_FORMATS.join(', ')})`, parseFormats, DEFAULT_FORMATS)
    .option('-j, --jobs <n>', 'files converted in parallel', positiveInteger, availableParallelism())
    .option('--verbose', 'print stack traces of unexpected errors', false)
    .addOption(new Option('--page-size <size>', 'PDF page size').choices(['A4', 'letter']).default('A4').argParser((v) => v.toUpperCase()))
    .option('--timezone <zone>', 'time zone of the event, for calendar exports', validTimeZone, 'Europe/Paris')
    .option('--csv-separator <char>', 'CSV field separator (";" for French spreadsheets)', ',')
    .option('--max-input-mb <n>', 'largest input file, in MiB', positiveNumber, DEFAULT_LIMITS.maxInputBytes / 2 ** 20)
    .option('--max-inflated-mb <n>', 'largest inflated size of a .docx, in MiB', positiveNumber, DEFAULT_LIMITS.maxInflatedBytes / 2 ** 20)
    .option('--max-zip-entries <n>', 'most parts a .docx may hold', positiveInteger, DEFAULT_LIMITS.maxZipEntries)
    .option('--timeout <seconds>', 'longest time one input may take', positiveNumber, DEFAULT_LIMITS.timeoutMs / 1000)
    .option('--max-memory-mb <n>', 'most memory (JavaScript heap) one input may take, in MiB (default: 64 × the largest input, at least 512)', positiveInteger)
    .action(async (inputs: string[], flags: ConvertFlags) => {
      exitCode = await convertCommand(inputs, flags);
    });

  if (argv.length === 0) {
    program.outputHelp({ error: true });
    return EXIT.usage;
  }
  try {
    await program.parseAsync(argv, { from: 'user' });
  } catch (error) {
    if (error instanceof CommanderError) {
      return error.code === 'commander.helpDisplayed' || error.code === 'commander.version' || error.code === 'commander.help' ? EXIT.ok : EXIT.usage;
    }
    throw error;
  }
  return exitCode;
}

async function convertCommand(inputs: string[], flags: ConvertFlags): Promise<number> {
  const limits: Limits = {
    maxInputBytes: flags.maxInputMb * 2 ** 20,
    maxInflatedBytes: flags.maxInflatedMb * 2 ** 20,
    maxZipEntries: flags.maxZipEntries,
    timeoutMs: flags.timeout * 1000,
  };
  const jobs = await planJobs(inputs, flags.outDir);
  const reporter = createReporter(jobs.length, { verbose: flags.verbose });
  const started = performance.now();
  const outcomes: JobOutcome[] = await runBatch(jobs, {
    jobs: flags.jobs,
    maxWorkerHeapMb: flags.maxMemoryMb,
    formats: flags.formats,
    limits,
    render: { pageSize: flags.pageSize, timezone: flags.timezone, csvSeparator: flags.csvSeparator },
    onStart: (job) => reporter.start(job),
    onDone: (outcome) => reporter.done(outcome),
  });
  reporter.finish(outcomes, performance.now() - started);
  return outcomes.some((o) => o.error) || jobs.length === 0 ? EXIT.failed : EXIT.ok;
}

function parseFormats(value: string): OutputFormat[] {
  const names = value.split(',').map((s) => s.trim().toLowerCase()).filter(Boolean);
  const unknown = names.filter((n) => !isOutputFormat(n));
  if (unknown.length > 0 || names.length === 0) {
    throw new InvalidArgumentError(`unknown format ${unknown.join(', ') || '(none)'}; choose from ${OUTPUT_FORMATS.join(', ')}`);
  }
  return [...new Set(names)] as OutputFormat[];
}

function positiveInteger(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError('expected a whole number of at least 1');
  return n;
}

function positiveNumber(value: string): number {
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0) throw new InvalidArgumentError('expected a positive number');
  return n;
}

function validTimeZone(value: string): string {
  try {
    new Intl.DateTimeFormat('en', { timeZone: value });
    return value;
  } catch {
    throw new InvalidArgumentError(`unknown time zone "${value}"`);
  }
}
