/**
 * A small, strict reader for OLE compound files ([MS-CFB]): the container of
 * Word 97–2003 `.doc`, Excel `.xls`, PowerPoint `.ppt` and password-protected
 * OOXML files. It reads the root storage's streams only.
 *
 * Written here rather than taken from a library because hostile or fuzzed
 * files must fail fast: every sector chain is followed with a visited set and
 * bounds checks, so a cyclic or out-of-range chain is a `CfbError`, never a
 * loop (the `cfb` package and word-extractor's own reader both loop forever on
 * a cyclic FAT chain).
 */

export class CfbError extends Error {
  override name = 'CfbError';
}

export const CFB_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

const HEADER_BYTES = 512;
const DIR_ENTRY_BYTES = 128;
const MAX_REGULAR_SECTOR = 0xfffffffa;
const END_OF_CHAIN = 0xfffffffe;
const FREE_SECTOR = 0xffffffff;
const NO_STREAM = 0xffffffff;

const enum EntryType {
  Storage = 1,
  Stream = 2,
  Root = 5,
}

interface DirectoryEntry {
  name: string;
  type: number;
  left: number;
  right: number;
  child: number;
  start: number;
  size: number;
}

export interface CompoundFile {
  /** Names of the root storage's direct children (streams and storages). */
  rootNames: string[];
  /** A root-level stream's bytes (names compare case-insensitively, as in CFB), or undefined when there is none. */
  stream(name: string): Uint8Array | undefined;
}

export function readCompoundFile(bytes: Uint8Array): CompoundFile {
  if (bytes.length < HEADER_BYTES) throw new CfbError('the OLE header is truncated');
  if (!CFB_SIGNATURE.every((b, i) => bytes[i] === b)) throw new CfbError('not an OLE compound file');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const u32 = (offset: number) => view.getUint32(offset, true);

  const sectorShift = view.getUint16(0x1e, true);
  if (sectorShift !== 9 && sectorShift !== 12) throw new CfbError(`bad OLE sector size (shift ${sectorShift})`);
  const miniShift = view.getUint16(0x20, true);
  if (miniShift !== 6) throw new CfbError(`bad OLE mini sector size (shift ${miniShift})`);
  const sectorSize = 1 << sectorShift;
  const miniSectorSize = 1 << miniShift;
  const miniCutoff = u32(0x38) || 4096;
  // Sectors count from the end of the header block (512 or 4096 bytes).
  const sectorCount = Math.ceil((bytes.length - sectorSize) / sectorSize);
  if (sectorCount <= 0) throw new CfbError('the OLE file has no sectors');

  const sector = (id: number): Uint8Array => {
    if (id >= sectorCount) throw new CfbError(`OLE sector ${id} lies past the end of the file`);
    const start = (id + 1) * sectorSize;
    const slice = bytes.subarray(start, start + sectorSize);
    if (slice.length === sectorSize) return slice;
    // A last sector cut short (common in real files): pad with zeros.
    const padded = new Uint8Array(sectorSize);
    padded.set(slice);
    return padded;
  };
  const readU32 = (block: Uint8Array, index: number) =>
    new DataView(block.buffer, block.byteOffset, block.byteLength).getUint32(index * 4, true);

  // DIFAT: the first 109 FAT sector ids are in the header, the rest chained.
  const fatSectorIds: number[] = [];
  const declaredFatSectors = u32(0x2c);
  for (let i = 0; i < 109; i++) fatSectorIds.push(u32(0x4c + i * 4));
  const perDifat = sectorSize / 4 - 1;
  const seenDifat = new Set<number>();
  for (let id = u32(0x44); id <= MAX_REGULAR_SECTOR && fatSectorIds.length < declaredFatSectors; ) {
    if (seenDifat.has(id)) throw new CfbError('the OLE DIFAT chain loops');
    seenDifat.add(id);
    const block = sector(id);
    for (let i = 0; i < perDifat; i++) fatSectorIds.push(readU32(block, i));
    id = readU32(block, perDifat);
  }
  const fatIds = fatSectorIds.slice(0, declaredFatSectors).filter((id) => id <= MAX_REGULAR_SECTOR);
  if (fatIds.length === 0) throw new CfbError('the OLE file has no allocation table');
  if (fatIds.length > sectorCount) throw new CfbError('the OLE allocation table is larger than the file');
  const fat = new Uint32Array(fatIds.length * (sectorSize / 4));
  fatIds.forEach((id, n) => {
    const block = sector(id);
    for (let i = 0; i < sectorSize / 4; i++) fat[n * (sectorSize / 4) + i] = readU32(block, i);
  });

  /** Follows a chain in `table`, refusing loops and ids out of range. */
  const chain = (table: Uint32Array, start: number, limit: number, what: string): number[] => {
    const ids: number[] = [];
    const seen = new Set<number>();
    for (let id = start; id !== END_OF_CHAIN && id !== FREE_SECTOR; ) {
      if (id >= table.length || id >= limit) throw new CfbError(`the OLE ${what} chain points outside the file`);
      if (seen.has(id)) throw new CfbError(`the OLE ${what} chain loops`);
      seen.add(id);
      ids.push(id);
      id = table[id] as number;
    }
    return ids;
  };
  const concat = (blocks: Uint8Array[], size: number) => {
    const out = new Uint8Array(Math.min(size, blocks.reduce((n, b) => n + b.length, 0)));
    let at = 0;
    for (const block of blocks) {
      if (at >= out.length) break;
      out.set(block.subarray(0, out.length - at), at);
      at += block.length;
    }
    return out;
  };
  const regularStream = (start: number, size: number) =>
    concat(
      chain(fat, start, sectorCount, 'sector').map((id) => sector(id)),
      size,
    );

  // Directory.
  const dirBytes = regularStream(u32(0x30), Number.MAX_SAFE_INTEGER);
  const entries: DirectoryEntry[] = [];
  for (let at = 0; at + DIR_ENTRY_BYTES <= dirBytes.length; at += DIR_ENTRY_BYTES) {
    const e = new DataView(dirBytes.buffer, dirBytes.byteOffset + at, DIR_ENTRY_BYTES);
    const nameBytes = Math.min(e.getUint16(64, true), 64);
    const name = Buffer.from(dirBytes.subarray(at, at + Math.max(0, nameBytes - 2))).toString('utf16le');
    entries.push({
      name,
      type: e.getUint8(66),
      left: e.getUint32(68, true),
      right: e.getUint32(72, true),
      child: e.getUint32(76, true),
      start: e.getUint32(116, true),
      // Version 3 files may leave garbage in the high half: only the low half counts.
      size: e.getUint32(120, true),
    });
  }
  const root = entries[0];
  if (!root || root.type !== EntryType.Root) throw new CfbError('the OLE root directory entry is missing');

  // The root storage's children: an in-order walk of its red-black tree.
  const children = new Map<string, DirectoryEntry>();
  const visited = new Set<number>();
  const pending = [root.child];
  while (pending.length > 0) {
    const id = pending.pop() as number;
    if (id === NO_STREAM) continue;
    if (id >= entries.length || id === 0) throw new CfbError('the OLE directory points outside itself');
    if (visited.has(id)) throw new CfbError('the OLE directory tree loops');
    visited.add(id);
    const entry = entries[id] as DirectoryEntry;
    if (entry.type === EntryType.Stream || entry.type === EntryType.Storage) {
      const key = entry.name.toUpperCase();
      if (!children.has(key)) children.set(key, entry);
    }
    pending.push(entry.left, entry.right);
  }

  // Mini stream (small streams live in it), loaded on first use.
  let mini: { fat: Uint32Array; data: Uint8Array } | undefined;
  const miniStore = () => {
    if (mini) return mini;
    const miniFatBytes = regularStream(u32(0x3c), Number.MAX_SAFE_INTEGER);
    const miniFat = new Uint32Array(Math.floor(miniFatBytes.length / 4));
    const mv = new DataView(miniFatBytes.buffer, miniFatBytes.byteOffset, miniFatBytes.byteLength);
    for (let i = 0; i < miniFat.length; i++) miniFat[i] = mv.getUint32(i * 4, true);
    mini = { fat: miniFat, data: regularStream(root.start, root.size) };
    return mini;
  };

  return {
    rootNames: [...children.values()].map((e) => e.name).sort(),
    stream(name) {
      const entry = children.get(name.toUpperCase());
      if (!entry || entry.type !== EntryType.Stream) return undefined;
      if (entry.size === 0) return new Uint8Array(0);
      if (entry.size >= miniCutoff) {
        if (entry.size > bytes.length) throw new CfbError(`the OLE stream "${name}" claims to be larger than the file`);
        return regularStream(entry.start, entry.size);
      }
      const store = miniStore();
      const limit = Math.ceil(store.data.length / miniSectorSize);
      const ids = chain(store.fat, entry.start, limit, 'mini sector');
      return concat(
        ids.map((id) => store.data.subarray(id * miniSectorSize, (id + 1) * miniSectorSize)),
        entry.size,
      );
    },
  };
}
