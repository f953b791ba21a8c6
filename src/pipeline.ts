/**
 * The pipeline, stage by stage: read (bytes → mdast) → clean → parse
 * (→ Programme) → render (→ files). Each function here is one step a caller
 * may also use alone; `convert.ts` strings them together for whole files.
 */
import { createHash } from 'node:crypto';
import { basename } from 'node:path';
import { clean } from './clean/index.js';
import type { SourceDocument } from './model/document.js';
import type { Programme, Source } from './model/programme.js';
import { parseProgramme } from './parse/index.js';
import { detectFormat } from './read/detect.js';
import { DEFAULT_LIMITS, type Limits } from './read/limits.js';
import { InputError } from './read/reader.js';
import { loadReader } from './read/registry.js';
import { loadRenderer, type OutputFormat } from './render/registry.js';
import type { RenderContext } from './render/renderer.js';

export interface ExtractOptions {
  limits?: Partial<Limits>;
}

/** Read: detects the format from the bytes and returns the document as mdast. */
export async function readDocument(bytes: Uint8Array, fileName: string, options: ExtractOptions = {}): Promise<SourceDocument> {
  const limits = { ...DEFAULT_LIMITS, ...options.limits };
  if (bytes.length > limits.maxInputBytes) {
    throw new InputError(`the file is too large (${mib(bytes.length)} MiB; the limit is ${mib(limits.maxInputBytes)} MiB)`, 'too-large');
  }
  const format = detectFormat(bytes, fileName);
  const reader = await loadReader(format);
  return reader.read({ bytes, fileName, limits });
}

/** Read, clean and parse: a file's bytes → its `Programme`. */
export async function extractProgramme(bytes: Uint8Array, fileName: string, options: ExtractOptions = {}): Promise<Programme> {
  const document = await readDocument(bytes, fileName, options);
  const source: Source = { file: basename(fileName), format: document.format, sha256: sha256(bytes) };
  if (validDate(document.metadata.created)) source.created = document.metadata.created;
  if (validDate(document.metadata.modified)) source.modified = document.metadata.modified;
  return parseProgramme(clean(document), source);
}

/** Render: one file's bytes per requested format. */
export async function renderProgramme(programme: Programme, formats: OutputFormat[], context: RenderContext): Promise<Map<OutputFormat, Uint8Array>> {
  const files = new Map<OutputFormat, Uint8Array>();
  for (const format of formats) {
    const renderer = await loadRenderer(format);
    files.set(format, await renderer.render(programme, context));
  }
  return files;
}

export function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

const validDate = (text: string | undefined): text is string => text !== undefined && !Number.isNaN(Date.parse(text));

const mib = (n: number) => (n / 1024 / 1024).toFixed(1);
