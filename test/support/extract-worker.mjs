// Runs in a worker thread: one input at a time through the built pipeline
// (dist/, built by test/setup/build.ts), answering how it ended. The parent
// enforces the time limit by terminating this thread, which also stops a
// synchronous infinite loop.
import { readFile } from 'node:fs/promises';
import { parentPort } from 'node:worker_threads';

const { extractProgramme, InputError, ProgrammeSchema } = await import('../../dist/index.js');

parentPort.on('message', async ({ id, name, path, bytes }) => {
  const started = performance.now();
  const done = (outcome) => parentPort.postMessage({ id, ms: Math.round(performance.now() - started), ...outcome });
  try {
    const input = bytes ?? new Uint8Array(await readFile(path));
    const programme = await extractProgramme(input, name);
    const checked = ProgrammeSchema.safeParse(programme);
    if (checked.success) done({ outcome: 'converted' });
    else done({ outcome: 'crashed', message: `invalid Programme: ${checked.error.message.slice(0, 500)}` });
  } catch (error) {
    if (error instanceof InputError) done({ outcome: 'refused', code: error.code, message: error.message });
    else done({ outcome: 'crashed', message: String(error?.stack ?? error) });
  }
});
parentPort.postMessage({ ready: true });
