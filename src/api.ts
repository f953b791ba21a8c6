/**
 * The library's task-level functions: each returns `{ value, warnings }`,
 * never prints. `convert` (src/convert.ts) does a whole file; these do one
 * step each for callers who hold a programme or its text already.
 */
import type { Programme, ProgrammeWarning } from './model/programme.js';
import { extractProgramme, type ExtractOptions } from './pipeline.js';
import { renderContext } from './render/context.js';
import { loadRenderer, type OutputFormat } from './render/registry.js';
import type { RenderOptions } from './render/renderer.js';

export interface Result<T> {
  value: T;
  warnings: ProgrammeWarning[];
}

/**
 * A programme from a file's bytes (any supported format, told from the
 * bytes) or from text (a pasted or extracted programme, or Markdown when
 * `fileName` ends in `.md`).
 */
export async function parseProgramme(input: Uint8Array | string, options: ExtractOptions & { fileName?: string } = {}): Promise<Result<Programme>> {
  const bytes = typeof input === 'string' ? new TextEncoder().encode(input) : input;
  const fileName = options.fileName ?? (typeof input === 'string' ? 'programme.txt' : 'programme');
  const programme = await extractProgramme(bytes, fileName, options);
  return { value: programme, warnings: programme.warnings };
}

/** Renders one format; text formats come back as strings, the PDF as bytes. */
export async function render(programme: Programme, format: OutputFormat, options: RenderOptions = {}): Promise<Result<Uint8Array>> {
  const renderer = await loadRenderer(format);
  return { value: await renderer.render(programme, renderContext(programme, options)), warnings: [] };
}

const asText = async (programme: Programme, format: OutputFormat, options: RenderOptions): Promise<Result<string>> => {
  const { value, warnings } = await render(programme, format, options);
  return { value: new TextDecoder().decode(value), warnings };
};

export const renderJson = (programme: Programme) => asText(programme, 'json', {});
export const renderMarkdown = (programme: Programme) => asText(programme, 'md', {});
export const renderHtml = (programme: Programme) => asText(programme, 'html', {});
export const renderIcs = (programme: Programme, options: Pick<RenderOptions, 'timezone'> = {}) => asText(programme, 'ics', options);
export const renderJsonLd = (programme: Programme) => asText(programme, 'jsonld', {});
export const renderCsv = (programme: Programme, options: Pick<RenderOptions, 'csvSeparator'> = {}) => asText(programme, 'csv', options);
export const renderPdf = (programme: Programme, options: Pick<RenderOptions, 'pageSize'> = {}) => render(programme, 'pdf', options);
