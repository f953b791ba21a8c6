/** The interface every input reader implements: bytes in, a `SourceDocument` out. */
import type { SourceDocument } from '../model/document.js';
import type { InputFormat } from '../model/programme.js';
import type { Limits } from './limits.js';

export interface ReadInput {
  bytes: Uint8Array;
  /** File name, for messages only: the format is detected from the bytes. */
  fileName: string;
  limits: Limits;
}

export interface Reader {
  format: InputFormat;
  read(input: ReadInput): Promise<SourceDocument>;
}

/**
 * A failure the user can act on: it becomes one line on stderr
 * (`file: reason`) and exit status 1. Anything else is a bug.
 */
export class InputError extends Error {
  constructor(
    message: string,
    readonly code: InputErrorCode = 'unreadable',
  ) {
    super(message);
    this.name = 'InputError';
  }
}

export type InputErrorCode =
  | 'not-found'
  | 'empty'
  | 'unsupported-format'
  | 'password-protected'
  | 'corrupt'
  | 'too-large'
  | 'timeout'
  | 'unreadable';
