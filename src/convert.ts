/**
 * Whole-file conversion, as the CLI and batch workers do it: read the input,
 * extract its programme, render the requested formats in memory, then write
 * them atomically (temporary file + rename), so that a failure or an
 * interruption never leaves a half-written output behind.
 */
import { readFile } from 'node:fs/promises';
import { writeAllOrNothing } from './temporary-files.js';
import type { Programme, ProgrammeWarning } from './model/programme.js';
import { extractProgramme, renderProgramme, type ExtractOptions } from './pipeline.js';
import { InputError } from './read/reader.js';
import { renderContext } from './render/context.js';
import { DEFAULT_FORMATS, type OutputFormat } from './render/registry.js';
import type { RenderOptions } from './render/renderer.js';

export interface ConvertOptions extends ExtractOptions {
  formats?: OutputFormat[];
  render?: RenderOptions;
}

export interface ConvertedFiles {
  programme: Programme;
  /** Each requested format's bytes. */
  files: Map<OutputFormat, Uint8Array>;
}

/** The library's one-call API: a file path or bytes in, the programme and rendered files out, warnings as data. */
export async function convert(
  input: string | Uint8Array,
  options: ConvertOptions & { fileName?: string } = {},
): Promise<{ value: ConvertedFiles; warnings: ProgrammeWarning[] }> {
  const fileName = options.fileName ?? (typeof input === 'string' ? input : 'input');
  const bytes = typeof input === 'string' ? await readInput(input) : input;
  const programme = await extractProgramme(bytes, fileName, options);
  const files = await renderProgramme(programme, options.formats ?? DEFAULT_FORMATS, renderContext(programme, options.render));
  return { value: { programme, files }, warnings: programme.warnings };
}

export interface FileJob {
  input: string;
  /** Output path without extension: `DIR/NAME`. */
  outputStem: string;
}

export interface FileResult {
  input: string;
  outputs: string[];
  warnings: ProgrammeWarning[];
}

/** Converts one file and writes `outputStem.EXT` for each format, all or nothing. */
export async function convertFile(job: FileJob, options: ConvertOptions = {}): Promise<FileResult> {
  const { value, warnings } = await convert(job.input, options);
  const outputs = [...value.files.keys()].map((format) => `${job.outputStem}.${format}`);
  await writeAllOrNothing(outputs.map((path, i) => [path, [...value.files.values()][i]!] as const));
  return { input: job.input, outputs, warnings };
}

async function readInput(path: string): Promise<Uint8Array> {
  try {
    return await readFile(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new InputError('no such file', 'not-found');
    if (code === 'EISDIR') throw new InputError('is a directory', 'unreadable');
    if (code === 'EACCES') throw new InputError('permission denied', 'unreadable');
    throw new InputError(`cannot read the file (${code ?? 'unknown error'})`, 'unreadable');
  }
}

