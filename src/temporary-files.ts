/**
 * Outputs are written under a temporary name, then renamed into place, so an
 * interrupted run never leaves a half-written file. The name is
 * `.NAME.EXT.PID.tmp` beside the output; worker threads share the process
 * id, so whatever a batch leaves behind can be found and removed.
 */
import { basename, dirname, join } from 'node:path';

/** Read when called, not when loaded: a startup snapshot is loaded in another process than the one that runs it. */
function temporarySuffix(): string {
  return `.${process.pid}.tmp`;
}

export function temporaryPathFor(path: string): string {
  return join(dirname(path), `.${basename(path)}${temporarySuffix()}`);
}

/** Is this file name a temporary output of this process? */
export function isTemporaryName(name: string): boolean {
  return name.startsWith('.') && name.endsWith(temporarySuffix());
}
