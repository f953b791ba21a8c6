/**
 * programme-pipeline's library API.
 *
 * - `convert(pathOrBytes, { formats })`: a whole file → its programme and rendered files;
 * - `parseProgramme(bytesOrText)`: → the `Programme` (the contract's JSON);
 * - `renderMarkdown`, `renderPdf`, `renderIcs`, `renderHtml`, `renderJsonLd`, `renderCsv`, `renderJson`;
 * - the stages one by one (`readDocument`, `clean`, `parseDocument`, `loadRenderer`) for callers
 *   who want to stop or step in between.
 *
 * Every task-level function returns `{ value, warnings }` and never prints.
 */
export { convert, convertFile, type ConvertOptions, type ConvertedFiles, type FileJob, type FileResult } from './convert.js';
export {
  parseProgramme,
  render,
  renderCsv,
  renderHtml,
  renderIcs,
  renderJson,
  renderJsonLd,
  renderMarkdown,
  renderPdf,
  type Result,
} from './api.js';
export { extractProgramme, readDocument, renderProgramme, type ExtractOptions } from './pipeline.js';
export { clean } from './clean/index.js';
export { parseProgramme as parseDocument } from './parse/index.js';
export { InputError, type InputErrorCode, type Reader } from './read/reader.js';
export { DEFAULT_LIMITS, type Limits } from './read/limits.js';
export { DEFAULT_FORMATS, OUTPUT_FORMATS, loadRenderer, type OutputFormat } from './render/registry.js';
export type { RenderContext, RenderOptions, Renderer } from './render/renderer.js';
export { renderContext } from './render/context.js';
export { programmeJsonSchema } from './model/json-schema.js';
export * from './model/programme.js';
export type { SourceDocument, DocumentMetadata, LayoutData } from './model/document.js';
