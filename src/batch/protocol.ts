/** What the batch's main thread and its worker threads send each other: plain, structured-clone-safe data. */
import type { ConvertOptions, FileJob, FileResult } from '../convert.js';
import type { OutputFormat } from '../render/registry.js';

/** Given to every worker when it starts. */
export interface WorkerSetup {
  /** Renderers to load before the first task. */
  formats: OutputFormat[];
}

export interface ConvertTask {
  job: FileJob;
  options: ConvertOptions;
}

/** A converted file, or why not (already one line, for the user). */
export type TaskOutcome = { result: FileResult; error?: undefined } | { result?: undefined; error: string; reason: string; stack?: string };
