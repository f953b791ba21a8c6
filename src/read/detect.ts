/**
 * Tells an input's format from its bytes, never from its extension: a `.doc`
 * named `.docx` (and the reverse) goes to the right reader, and an RTF, a
 * Word 2003 XML, a WordPerfect file, an OpenDocument text, a PDF or an image
 * under a Word name is refused with a message naming what it is.
 */
import type { InputFormat } from '../model/programme.js';
import { DEFAULT_LIMITS } from './limits.js';
import { InputError } from './reader.js';
import { readCentralDirectory } from './zip/central-directory.js';

const startsWith = (bytes: ArrayLike<number>, signature: ArrayLike<number>, at = 0) =>
  bytes.length >= at + signature.length && Array.from(signature).every((b, i) => bytes[at + i] === b);

const latin1 = (bytes: Uint8Array, start: number, end: number) => Buffer.from(bytes.subarray(start, end)).toString('latin1');

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const EMPTY_ZIP = [0x50, 0x4b, 0x05, 0x06];
const SPANNED_ZIP = [0x50, 0x4b, 0x07, 0x08];
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/** Formats a word processor may have written under a Word name: the user can re-save them. */
const SAVE_AS_DOCX = 'open it in a word processor and save it as .docx';

interface Signature {
  name: string;
  /** What the user can do, when there is something. */
  hint?: string;
  test: (bytes: Uint8Array, head: string) => boolean;
}

/** Signatures of formats we recognise but do not convert, most specific first. */
const UNSUPPORTED: Signature[] = [
  { name: 'an RTF document', hint: SAVE_AS_DOCX, test: (_, h) => /^(\xEF\xBB\xBF)?\{\\rtf/.test(h) },
  { name: 'a WordPerfect document', hint: SAVE_AS_DOCX, test: (b) => startsWith(b, [0xff, 0x57, 0x50, 0x43]) },
  {
    name: 'a Word 2003 XML document',
    hint: SAVE_AS_DOCX,
    test: (_, h) => isXml(h) && (/<w:wordDocument\b/.test(h) || /progid="Word\.Document"/i.test(h)) && !/<pkg:package\b/.test(h),
  },
  { name: 'a Word flat XML document', hint: SAVE_AS_DOCX, test: (_, h) => isXml(h) && /<pkg:package\b/.test(h) },
  { name: 'a flat OpenDocument file', hint: SAVE_AS_DOCX, test: (_, h) => isXml(h) && /<office:document\b/.test(h) },
  { name: 'a web archive (.mht)', hint: SAVE_AS_DOCX, test: (_, h) => /^MIME-Version:/im.test(h.slice(0, 1024)) && /multipart\/related/i.test(h) },
  { name: 'an HTML page', hint: SAVE_AS_DOCX, test: (_, h) => /^(\xEF\xBB\xBF)?\s*(<!--[\s\S]*?-->\s*)*<(!doctype html|html)\b/i.test(h) },
  { name: 'a Word for DOS or Windows Write document', hint: SAVE_AS_DOCX, test: (b) => startsWith(b, [0x31, 0xbe, 0x00, 0x00]) || startsWith(b, [0x32, 0xbe, 0x00, 0x00]) },
  { name: 'a Word for Macintosh 4/5 document', hint: SAVE_AS_DOCX, test: (b) => startsWith(b, [0xfe, 0x37, 0x00]) },
  { name: 'a Word 2 for Windows document', hint: SAVE_AS_DOCX, test: (b) => startsWith(b, [0x9b, 0xa5, 0x21, 0x00]) || startsWith(b, [0xdb, 0xa5, 0x2d, 0x00]) },
  { name: 'a PDF file', test: (_, h) => /^%PDF-/.test(h.slice(0, 1024)) },
  { name: 'a PostScript file', test: (_, h) => h.startsWith('%!PS') },
  { name: 'a PNG image', test: (b) => startsWith(b, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]) },
  { name: 'a JPEG image', test: (b) => startsWith(b, [0xff, 0xd8, 0xff]) },
  { name: 'a GIF image', test: (_, h) => /^GIF8[79]a/.test(h) },
  { name: 'a TIFF image', test: (b) => startsWith(b, [0x49, 0x49, 0x2a, 0x00]) || startsWith(b, [0x4d, 0x4d, 0x00, 0x2a]) },
  { name: 'a WebP image', test: (_, h) => h.startsWith('RIFF') && h.slice(8, 12) === 'WEBP' },
  { name: 'a BMP image', test: (b, h) => h.startsWith('BM') && b.length >= 14 && Buffer.from(b).readUInt32LE(2) === b.length },
  { name: 'a gzip archive', test: (b) => startsWith(b, [0x1f, 0x8b]) },
  { name: 'a 7-Zip archive', test: (b) => startsWith(b, [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c]) },
  { name: 'a RAR archive', test: (_, h) => h.startsWith('Rar!\x1a\x07') },
];

const isXml = (head: string) => /^(\xEF\xBB\xBF)?\s*<\?xml/.test(head);

export function detectFormat(bytes: Uint8Array, fileName: string): InputFormat {
  if (bytes.length === 0) throw new InputError('the file is empty', 'empty');
  if (startsWith(bytes, OLE)) return 'doc';
  if (startsWith(bytes, ZIP) || startsWith(bytes, EMPTY_ZIP) || startsWith(bytes, SPANNED_ZIP)) {
    const type = zipPackageType(bytes);
    if (type.kind === 'other') throw unsupported(type.name, type.hint);
    return 'docx';
  }
  if (bytes.length >= 2 && bytes.length < OLE.length && (startsWith(OLE, bytes) || startsWith(ZIP, bytes.subarray(0, 4)))) {
    throw new InputError('corrupt: the file is truncated (only the first bytes of a Word document are there)', 'corrupt');
  }
  const head = latin1(bytes, 0, 4096);
  for (const { test, name, hint } of UNSUPPORTED) {
    if (test(bytes, head)) throw unsupported(name, hint);
  }
  const text = textEncoding(bytes);
  if (!text) throw new InputError('unsupported format: unknown binary data, neither a Word document (.doc, .docx) nor text', 'unsupported-format');
  if (isBlank(bytes, text)) throw new InputError('the file is empty (it holds only white space)', 'empty');
  return /\.(md|markdown)$/i.test(fileName) ? 'md' : 'txt';
}

function unsupported(name: string, hint?: string): InputError {
  const tail = hint ? `; ${hint}` : ', not a Word or text programme';
  return new InputError(`unsupported format: this is ${name}${tail}`, 'unsupported-format');
}

export type ZipPackageType =
  | { kind: 'word' }
  /** Another zip-based format, named for the user ("an OpenDocument text (.odt)"). */
  | { kind: 'other'; name: string; hint?: string }
  /** A zip whose type cannot be told (damaged, or no telling part): the .docx reader judges it. */
  | { kind: 'unknown' };

const ODF_TYPES: Record<string, string> = {
  'application/vnd.oasis.opendocument.text': 'an OpenDocument text (.odt)',
  'application/vnd.oasis.opendocument.text-template': 'an OpenDocument text template (.ott)',
  'application/vnd.oasis.opendocument.spreadsheet': 'an OpenDocument spreadsheet (.ods)',
  'application/vnd.oasis.opendocument.presentation': 'an OpenDocument presentation (.odp)',
  'application/vnd.oasis.opendocument.graphics': 'an OpenDocument drawing (.odg)',
  'application/epub+zip': 'an EPUB e-book',
};

/** Top folders of the OOXML formats that are not Word. */
const OOXML_OTHERS: Array<{ folder: string; name: string }> = [
  { folder: 'xl/', name: 'an Excel workbook (.xlsx)' },
  { folder: 'ppt/', name: 'a PowerPoint presentation (.pptx)' },
  { folder: 'visio/', name: 'a Visio drawing (.vsdx)' },
];

/**
 * Names the kind of a zip package from its `mimetype` entry (OpenDocument,
 * EPUB: stored first and uncompressed by their spec) or its part names
 * (OOXML: `word/`, `xl/`, `ppt/`), inflating nothing. The .docx reader may
 * reuse it to word its own refusals.
 */
export function zipPackageType(bytes: Uint8Array): ZipPackageType {
  const mimetype = odfMimetype(bytes);
  if (mimetype !== undefined) {
    const name = ODF_TYPES[mimetype] ?? (mimetype.includes('opendocument') ? 'an OpenDocument file' : undefined);
    if (name) return { kind: 'other', name, hint: name.includes('text') ? SAVE_AS_DOCX : undefined };
  }
  let names: string[];
  try {
    names = readCentralDirectory(bytes, DEFAULT_LIMITS.maxZipEntries).map((e) => e.name.replace(/^\/+/, ''));
  } catch {
    return { kind: 'unknown' };
  }
  if (names.some((n) => n.startsWith('word/'))) return { kind: 'word' };
  for (const { folder, name } of OOXML_OTHERS) {
    if (names.some((n) => n.startsWith(folder))) return { kind: 'other', name };
  }
  if (names.includes('[Content_Types].xml')) return { kind: 'unknown' };
  if (names.includes('META-INF/manifest.xml')) return { kind: 'other', name: 'an OpenDocument file', hint: SAVE_AS_DOCX };
  return { kind: 'other', name: 'a zip archive that holds no Word document' };
}

/** The content of a leading stored `mimetype` entry, if the zip starts with one. */
function odfMimetype(bytes: Uint8Array): string | undefined {
  if (bytes.length < 38 || latin1(bytes, 30, 38) !== 'mimetype') return undefined;
  const view = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const method = view.readUInt16LE(8);
  const size = view.readUInt32LE(18);
  const nameLength = view.readUInt16LE(26);
  const extraLength = view.readUInt16LE(28);
  if (method !== 0 || nameLength !== 8 || size === 0 || size > 200) return undefined;
  const start = 30 + nameLength + extraLength;
  return latin1(bytes, start, start + size).trim();
}

type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

/**
 * The encoding of a text file, or undefined for binary data. UTF-16 needs its
 * BOM; UTF-8 and Windows-1252 are told apart later by the text decoder. Text
 * has no NUL bytes and hardly any control characters besides white space.
 */
export function textEncoding(bytes: Uint8Array): TextEncoding | undefined {
  if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) {
    const encoding = bytes[0] === 0xff ? 'utf-16le' : 'utf-16be';
    const sample = new TextDecoder(encoding).decode(bytes.subarray(2, 2 + 64 * 1024));
    return mostlyText([...sample].map((c) => c.codePointAt(0) ?? 0)) ? encoding : undefined;
  }
  const sample = bytes.subarray(0, 64 * 1024);
  if (!mostlyText(sample)) return undefined;
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(sample.subarray(0, lastCompleteUtf8(sample)));
    return 'utf-8';
  } catch {
    return 'windows-1252';
  }
}

function mostlyText(codes: Iterable<number>): boolean {
  let control = 0;
  let total = 0;
  for (const c of codes) {
    total++;
    if (c === 0) return false;
    if (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c) control++;
  }
  return control <= total / 100;
}

/** Length of `bytes` without a UTF-8 sequence cut at its end (the sample may cut one). */
function lastCompleteUtf8(bytes: Uint8Array): number {
  let end = bytes.length;
  for (let back = 1; back <= 3 && end - back >= 0; back++) {
    const b = bytes[end - back] as number;
    if ((b & 0xc0) === 0x80) continue;
    const need = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : b >= 0xc0 ? 2 : 1;
    return need > back ? end - back : end;
  }
  return end;
}

function isBlank(bytes: Uint8Array, encoding: TextEncoding): boolean {
  if (bytes.length > 4096) return false;
  const body = encoding.startsWith('utf-16') ? bytes.subarray(2) : bytes;
  const text = new TextDecoder(encoding).decode(body);
  return text.replace(/^\ufeff/, '').trim() === '';
}
