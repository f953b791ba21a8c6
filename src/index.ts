/**
 * programme-pipeline's library API. Every stage is exported so callers can
 * stop anywhere: read → clean → parse → render, or `convert` for all of it.
 */
export { convert, convertFile, type ConvertOptions, type ConvertedFiles, type FileJob, type FileResult } from './convert.js';
export { extractProgramme, readDocument, renderProgramme, type ExtractOptions } from './pipeline.js';
export { clean } from './clean/index.js';
export { parseProgramme } from './parse/index.js';
export { InputError, type InputErrorCode, type Reader } from './read/reader.js';
export { DEFAULT_LIMITS, type Limits } from './read/limits.js';
export { DEFAULT_FORMATS, OUTPUT_FORMATS, loadRenderer, type OutputFormat } from './render/registry.js';
export type { RenderContext, RenderOptions, Renderer } from './render/renderer.js';
export { renderContext } from './render/context.js';
export * from './model/programme.js';
export type { SourceDocument, DocumentMetadata, LayoutData } from './model/document.js';
export { programmeJsonSchema } from './model/json-schema.js';
