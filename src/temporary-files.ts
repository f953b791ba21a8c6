/**
 * Outputs are written under a temporary name, then renamed into place, so an
 * interrupted run never leaves a half-written file. The name is
 * `.NAME.EXT.PID.tmp` beside the output; worker threads share the process
 * id, so whatever a batch leaves behind can be found and removed.
 */
import { basename, dirname, join } from 'node:path';

const TEMPORARY_SUFFIX = `.${process.pid}.tmp`;

export function temporaryPathFor(path: string): string {
  return join(dirname(path), `.${basename(path)}${TEMPORARY_SUFFIX}`);
}

/** Is this file name a temporary output of this process? */
export function isTemporaryName(name: string): boolean {
  return name.startsWith('.') && name.endsWith(TEMPORARY_SUFFIX);
}
