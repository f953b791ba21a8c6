/**
 * Outputs are written under a temporary name, then renamed into place, so an
 * interrupted run never leaves a half-written file. The name is
 * `.NAME.EXT.PID.tmp` beside the output; worker threads share the process
 * id, so whatever a batch leaves behind can be found and removed.
 */
import { mkdir, readdir, rename, rm, writeFile } from 'node:fs/promises';
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

/** Writes every file to a temporary name first, then renames them all; on any failure removes what it wrote. */
export async function writeAllOrNothing(files: ReadonlyArray<readonly [string, Uint8Array]>): Promise<void> {
  const temporary = files.map(([path]) => temporaryPathFor(path));
  const renamed: string[] = [];
  try {
    for (const folder of new Set(files.map(([path]) => dirname(path)))) await mkdir(folder, { recursive: true });
    await Promise.all(files.map(([, bytes], i) => writeFile(temporary[i]!, bytes)));
    for (const [i, [path]] of files.entries()) {
      await rename(temporary[i]!, path);
      renamed.push(path);
    }
  } catch (error) {
    await Promise.all([...temporary, ...renamed].map((p) => rm(p, { force: true })));
    throw error;
  }
}

/**
 * Removes this process's temporary outputs from the given folders: once every
 * writer is gone (stopped, timed out, interrupted), any such file is an orphan.
 */
export async function removeTemporaryFiles(folders: Iterable<string>): Promise<void> {
  for (const folder of folders) {
    const names = await readdir(folder).catch(() => [] as string[]);
    await Promise.all(names.filter(isTemporaryName).map((n) => rm(join(folder, n), { force: true })));
  }
}
