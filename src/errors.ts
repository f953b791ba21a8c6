/** Turns anything thrown during a conversion into one line for the user (and a stack for --verbose). */
import { InputError } from './read/reader.js';

export function describeError(error: unknown): { error: string; reason: string; stack?: string } {
  if (error instanceof InputError) return { error: oneLine(error.message), reason: error.code };
  const message = error instanceof Error ? error.message : String(error);
  return { error: `unexpected error: ${oneLine(message)}`, reason: 'internal-error', stack: error instanceof Error ? error.stack : undefined };
}

function oneLine(text: string): string {
  const line = text.split('\n').find((l) => l.trim() !== '') ?? 'unknown error';
  return line.trim().slice(0, 300);
}
