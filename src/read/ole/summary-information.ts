/**
 * Document properties of an OLE file: its `\x05SummaryInformation` property
 * set ([MS-OLEPS]), the .doc counterpart of a .docx's core properties. Only
 * title, subject, author and the creation/last-save times are read; anything
 * damaged just leaves them out.
 */
import type { DocumentMetadata } from '../../model/document.js';
import type { CompoundFile } from './cfb.js';

const STREAM = '\u0005SummaryInformation';
const PID = { codepage: 1, title: 2, subject: 3, author: 4, created: 12, modified: 13 } as const;
const VT_I2 = 0x02;
const VT_LPSTR = 0x1e;
const VT_LPWSTR = 0x1f;
const VT_FILETIME = 0x40;
const FILETIME_EPOCH_OFFSET_MS = 11_644_473_600_000;

export function summaryInformation(file: CompoundFile): DocumentMetadata {
  try {
    const bytes = file.stream(STREAM);
    if (!bytes || bytes.length < 48) return {};
    return parse(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
  } catch {
    return {};
  }
}

function parse(stream: Buffer): DocumentMetadata {
  const section = stream.readUInt32LE(44);
  const count = Math.min(stream.readUInt32LE(section + 4), 256);
  const offsets = new Map<number, number>();
  for (let i = 0; i < count; i++) offsets.set(stream.readUInt32LE(section + 8 + i * 8), section + stream.readUInt32LE(section + 12 + i * 8));

  const at = (pid: number) => offsets.get(pid);
  const codepageAt = at(PID.codepage);
  const codepage = codepageAt !== undefined && stream.readUInt16LE(codepageAt) === VT_I2 ? stream.readUInt16LE(codepageAt + 4) : 1252;
  const text = (pid: number): string | undefined => {
    const offset = at(pid);
    if (offset === undefined) return undefined;
    const type = stream.readUInt16LE(offset);
    const size = stream.readUInt32LE(offset + 4);
    if (size > 64 * 1024) return undefined;
    let value: string;
    if (type === VT_LPWSTR) value = stream.subarray(offset + 8, offset + 8 + size * 2).toString('utf16le');
    else if (type === VT_LPSTR) value = decode(stream.subarray(offset + 8, offset + 8 + size), codepage);
    else return undefined;
    const clean = value.replace(/\0[\s\S]*$/, '').trim();
    return clean || undefined;
  };
  const time = (pid: number): string | undefined => {
    const offset = at(pid);
    if (offset === undefined || stream.readUInt16LE(offset) !== VT_FILETIME) return undefined;
    const ticks = stream.readUInt32LE(offset + 8) * 2 ** 32 + stream.readUInt32LE(offset + 4);
    const ms = ticks / 10_000 - FILETIME_EPOCH_OFFSET_MS;
    // Unset times are stored as 0 (1601); templates carry odd ones: keep plausible dates only.
    if (!(ms > Date.UTC(1980, 0, 1) && ms < Date.UTC(2100, 0, 1))) return undefined;
    return new Date(Math.floor(ms / 1000) * 1000).toISOString().replace('.000Z', 'Z');
  };

  const metadata: DocumentMetadata = {};
  const fields: Array<[keyof DocumentMetadata, string | undefined]> = [
    ['title', text(PID.title)],
    ['subject', text(PID.subject)],
    ['author', text(PID.author)],
    ['created', time(PID.created)],
    ['modified', time(PID.modified)],
  ];
  for (const [key, value] of fields) if (value !== undefined) metadata[key] = value;
  return metadata;
}

function decode(bytes: Uint8Array, codepage: number): string {
  const label = codepage === 65001 ? 'utf-8' : codepage === 1200 ? 'utf-16le' : `windows-${codepage}`;
  try {
    return new TextDecoder(label).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}
