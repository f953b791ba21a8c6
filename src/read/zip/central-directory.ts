/**
 * Reads a zip's central directory straight from the bytes, inflating
 * nothing, so that a hostile archive can be judged (entry count, declared
 * sizes, names, encryption) before any part of it is decompressed.
 */
import { InputError } from '../reader.js';

export interface ZipEntry {
  name: string;
  /** 0 = stored, 8 = deflate; anything else is not something Word writes. */
  method: number;
  encrypted: boolean;
  compressedSize: number;
  /** As declared by the central directory: it can lie, see `inflate.ts`. */
  uncompressedSize: number;
  localHeaderOffset: number;
}

const EOCD_SIGNATURE = 0x06054b50;
const ZIP64_LOCATOR_SIGNATURE = 0x07064b50;
const ZIP64_EOCD_SIGNATURE = 0x06064b50;
const CENTRAL_HEADER_SIGNATURE = 0x02014b50;
const EOCD_SIZE = 22;
const MAX_COMMENT = 0xffff;

const corrupt = (reason: string) => new InputError(`corrupt .docx: ${reason}`, 'corrupt');

/**
 * Lists the entries of the zip in `bytes`. Refuses (before reading any entry)
 * archives declaring more than `maxEntries` entries.
 */
export function readCentralDirectory(bytes: Uint8Array, maxEntries: number): ZipEntry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const eocd = findEndOfCentralDirectory(view);
  if (eocd < 0) throw corrupt('the zip is truncated (its central directory is missing)');

  let count = view.getUint16(eocd + 10, true);
  let size = view.getUint32(eocd + 12, true);
  let offset = view.getUint32(eocd + 16, true);
  if (count === 0xffff || size === 0xffffffff || offset === 0xffffffff) {
    ({ count, size, offset } = readZip64End(view, eocd));
  }
  if (count > maxEntries) {
    throw new InputError(`too large: the zip holds ${count} entries, more than the limit of ${maxEntries}`, 'too-large');
  }
  if (offset + size > eocd) throw corrupt('the zip is truncated (its central directory points past the end of the file)');

  const entries: ZipEntry[] = [];
  let at = offset;
  const end = offset + size;
  while (at < end) {
    if (at + 46 > end || view.getUint32(at, true) !== CENTRAL_HEADER_SIGNATURE) {
      throw corrupt('the zip’s central directory is damaged');
    }
    if (entries.length >= maxEntries) {
      throw new InputError(`too large: the zip holds more than the limit of ${maxEntries} entries`, 'too-large');
    }
    const flags = view.getUint16(at + 8, true);
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    const nameBytes = bytes.subarray(at + 46, at + 46 + nameLength);
    const entry: ZipEntry = {
      // Bit 11: UTF-8 names; otherwise CP437, which is ASCII for every name Word writes.
      name: Buffer.from(nameBytes).toString(flags & 0x800 ? 'utf8' : 'latin1'),
      method: view.getUint16(at + 10, true),
      encrypted: (flags & 0x1) !== 0,
      compressedSize: view.getUint32(at + 20, true),
      uncompressedSize: view.getUint32(at + 24, true),
      localHeaderOffset: view.getUint32(at + 42, true),
    };
    applyZip64Extra(view, at + 46 + nameLength, extraLength, entry);
    entries.push(entry);
    at += 46 + nameLength + extraLength + commentLength;
  }
  if (entries.length !== count) throw corrupt('the zip’s central directory is damaged (entry count mismatch)');
  return entries;
}

function findEndOfCentralDirectory(view: DataView): number {
  const lowest = Math.max(0, view.byteLength - EOCD_SIZE - MAX_COMMENT);
  for (let at = view.byteLength - EOCD_SIZE; at >= lowest; at--) {
    if (view.getUint32(at, true) === EOCD_SIGNATURE) return at;
  }
  return -1;
}

function readZip64End(view: DataView, eocd: number): { count: number; size: number; offset: number } {
  const locator = eocd - 20;
  if (locator < 0 || view.getUint32(locator, true) !== ZIP64_LOCATOR_SIGNATURE) {
    throw corrupt('the zip’s central directory is damaged (zip64 locator missing)');
  }
  const at = safeNumber(view.getBigUint64(locator + 8, true));
  if (at + 56 > view.byteLength || view.getUint32(at, true) !== ZIP64_EOCD_SIGNATURE) {
    throw corrupt('the zip is truncated (zip64 directory missing)');
  }
  return {
    count: safeNumber(view.getBigUint64(at + 32, true)),
    size: safeNumber(view.getBigUint64(at + 40, true)),
    offset: safeNumber(view.getBigUint64(at + 48, true)),
  };
}

/** Zip64 entries keep their real sizes/offset in extra field 0x0001. */
function applyZip64Extra(view: DataView, start: number, length: number, entry: ZipEntry): void {
  let at = start;
  const end = Math.min(start + length, view.byteLength);
  while (at + 4 <= end) {
    const id = view.getUint16(at, true);
    const size = view.getUint16(at + 2, true);
    if (id === 0x0001) {
      let field = at + 4;
      const take = () => {
        if (field + 8 > at + 4 + size || field + 8 > end) throw corrupt('the zip’s central directory is damaged (zip64 field)');
        const value = safeNumber(view.getBigUint64(field, true));
        field += 8;
        return value;
      };
      if (entry.uncompressedSize === 0xffffffff) entry.uncompressedSize = take();
      if (entry.compressedSize === 0xffffffff) entry.compressedSize = take();
      if (entry.localHeaderOffset === 0xffffffff) entry.localHeaderOffset = take();
      return;
    }
    at += 4 + size;
  }
}

function safeNumber(value: bigint): number {
  if (value > BigInt(Number.MAX_SAFE_INTEGER)) throw corrupt('the zip declares impossible sizes');
  return Number(value);
}

/** Where an entry's compressed data lives, from its local header. */
export function entryDataRange(bytes: Uint8Array, entry: ZipEntry): { start: number; end: number } {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const at = entry.localHeaderOffset;
  if (at + 30 > bytes.length || view.getUint32(at, true) !== 0x04034b50) {
    throw corrupt(`the zip is damaged (no local header for ${entry.name})`);
  }
  const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
  const end = start + entry.compressedSize;
  if (end > bytes.length) throw corrupt('the zip is truncated');
  return { start, end };
}
