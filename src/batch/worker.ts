/**
 * A batch worker thread (run by piscina): converts one file per task.
 *
 * Errors cross the thread boundary as plain data, described here: an
 * `InputError`'s class does not survive structured cloning, so the parent
 * could no longer tell a refusal from a bug.
 */
import { workerData } from 'piscina';
import { convertFile } from '../convert.js';
import { describeError } from '../errors.js';
import { loadRenderer } from '../render/registry.js';
import type { ConvertTask, TaskOutcome, WorkerSetup } from './protocol.js';

// Load the requested renderers (their fonts, their libraries) once per
// thread, while the pool starts, instead of inside the first task.
const setup = (workerData ?? {}) as Partial<WorkerSetup>;
await Promise.all((setup.formats ?? []).map((format) => loadRenderer(format)));

export default async function convertTask({ job, options }: ConvertTask): Promise<TaskOutcome> {
  try {
    return { result: await convertFile(job, options) };
  } catch (error) {
    return describeError(error);
  }
}
