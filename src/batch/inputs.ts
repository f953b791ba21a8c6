/** The CLI's inputs → the files to convert and where each one's outputs go. */
import { readdir, stat } from 'node:fs/promises';
import { basename, extname, join, relative } from 'node:path';
import type { FileJob } from '../convert.js';
import { INPUT_EXTENSIONS } from '../read/registry.js';

export interface PlannedJob extends FileJob {
  /** Set when the input cannot even be listed (missing path): reported as a failed input. */
  error?: string;
}

/**
 * Files are converted as given; folders are searched recursively for every
 * supported extension (hidden files skipped), in a stable sorted order, and
 * their sub-folders are mirrored under the output folder. Two inputs that
 * would write the same output name keep their extension in it.
 */
export async function planJobs(inputs: string[], outDir: string): Promise<PlannedJob[]> {
  const jobs: PlannedJob[] = [];
  for (const input of inputs) {
    const info = await stat(input).catch(() => null);
    if (!info) jobs.push({ input, outputStem: join(outDir, stem(input)), error: 'no such file or folder' });
    else if (info.isDirectory()) {
      for (const file of await walk(input)) {
        const rel = relative(input, file);
        jobs.push({ input: file, outputStem: join(outDir, rel.slice(0, rel.length - extname(rel).length)) });
      }
    } else jobs.push({ input, outputStem: join(outDir, stem(input)) });
  }
  const seen = new Set<string>();
  for (const job of jobs) {
    if (seen.has(job.outputStem)) job.outputStem = `${job.outputStem}${extname(job.input)}`;
    seen.add(job.outputStem);
  }
  return jobs;
}

async function walk(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { withFileTypes: true });
  const files: string[] = [];
  for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    if (entry.name.startsWith('.')) continue;
    const path = join(folder, entry.name);
    if (entry.isDirectory()) files.push(...(await walk(path)));
    else if (entry.isFile() && INPUT_EXTENSIONS.includes(extname(entry.name).toLowerCase())) files.push(path);
  }
  return files;
}

function stem(path: string): string {
  const name = basename(path);
  return name.slice(0, name.length - extname(name).length) || name;
}
