/** The interface every output renderer implements: a `Programme` in, file bytes out. */
import type { Programme } from '../model/programme.js';

export interface RenderOptions {
  /** PDF page size. */
  pageSize?: 'A4' | 'LETTER';
  /** IANA time zone for calendar exports. */
  timezone?: string;
  /** Field separator for CSV. */
  csvSeparator?: string;
}

export interface RenderContext {
  /**
   * The date stamped into outputs that need one (PDF metadata, iCalendar
   * DTSTAMP): taken from the source, never the clock, so that the same input
   * always gives byte-identical files.
   */
  sourceDate: Date;
  options: RenderOptions;
}

export interface Renderer {
  /** The name used with `--formats`. */
  format: string;
  /** File extension, without the dot. */
  extension: string;
  mediaType: string;
  render(programme: Programme, context: RenderContext): Promise<Uint8Array> | Uint8Array;
}
