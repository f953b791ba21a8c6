/**
 * Inflates one zip entry without trusting its declared size: inflation stops
 * as soon as the output would pass the declared size (or the caller's cap),
 * so a part that lies about its size cannot balloon in memory.
 */
import { inflateRawSync } from 'node:zlib';
import { InputError } from '../reader.js';
import { entryDataRange, type ZipEntry } from './central-directory.js';

export function inflateEntry(bytes: Uint8Array, entry: ZipEntry): Buffer {
  const { start, end } = entryDataRange(bytes, entry);
  const data = bytes.subarray(start, end);
  let out: Buffer;
  if (entry.method === 0) {
    out = Buffer.from(data);
  } else {
    try {
      // One byte of slack tells "exactly the declared size" from "more than declared".
      out = inflateRawSync(data, { maxOutputLength: Math.max(1, entry.uncompressedSize + 1) });
    } catch (error) {
      if (error instanceof RangeError || (error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') {
        throw new InputError(
          `too large: ${entry.name} inflates to more than its declared ${entry.uncompressedSize} bytes (a zip bomb?)`,
          'too-large',
        );
      }
      throw new InputError(`corrupt .docx: ${entry.name} cannot be decompressed (${zlibReason(error)})`, 'corrupt');
    }
  }
  if (out.length !== entry.uncompressedSize) {
    throw new InputError(`corrupt .docx: ${entry.name} is not the size the zip declares`, 'corrupt');
  }
  return out;
}

function zlibReason(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return /unexpected end/i.test(message) ? 'the data is truncated' : message.split('\n')[0]!.toLowerCase();
}
