/**
 * Resource limits applied before any content reaches a parser, so that a
 * hostile or broken file fails fast with a clear message instead of
 * exhausting memory or time. Every limit can be raised through the API
 * (`convert(…, { limits })`) and the CLI (`--max-input-mb`, …).
 */
export interface Limits {
  /** Largest input file, in bytes. */
  maxInputBytes: number;
  /** Largest total size of a zip's parts once inflated, in bytes. */
  maxInflatedBytes: number;
  /** Most entries a zip (.docx) may hold. */
  maxZipEntries: number;
  /** Longest a single input may take to convert, in milliseconds. */
  timeoutMs: number;
}

export const DEFAULT_LIMITS: Limits = {
  maxInputBytes: 50 * 1024 * 1024,
  maxInflatedBytes: 200 * 1024 * 1024,
  maxZipEntries: 2000,
  timeoutMs: 30_000,
};
