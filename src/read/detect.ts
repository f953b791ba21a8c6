/**
 * Tells an input's format from its bytes, never from its extension alone: a
 * `.doc` named `.docx`, an RTF named `.doc` or a PNG renamed `.docx` is told
 * apart here, and unsupported formats get a message naming what they are.
 */
import type { InputFormat } from '../model/programme.js';
import { InputError } from './reader.js';

const startsWith = (bytes: Uint8Array, signature: number[]) =>
  bytes.length >= signature.length && signature.every((b, i) => bytes[i] === b);

const ascii = (bytes: Uint8Array, length: number) =>
  Buffer.from(bytes.subarray(0, length)).toString('latin1');

/** Signatures of formats we recognise but do not convert. */
const UNSUPPORTED: Array<{ test: (bytes: Uint8Array, head: string) => boolean; name: string }> = [
  { name: 'a PNG image', test: (b) => startsWith(b, [0x89, 0x50, 0x4e, 0x47]) },
  { name: 'a JPEG image', test: (b) => startsWith(b, [0xff, 0xd8, 0xff]) },
  { name: 'a GIF image', test: (_, h) => h.startsWith('GIF8') },
  { name: 'a PDF file', test: (_, h) => h.startsWith('%PDF') },
  { name: 'an RTF document', test: (_, h) => h.startsWith('{\\rtf') },
  { name: 'a WordPerfect document', test: (b) => startsWith(b, [0xff, 0x57, 0x50, 0x43]) },
  { name: 'a Word 2003 XML document', test: (_, h) => /^(\xEF\xBB\xBF)?<\?xml[^>]*>[\s\S]*<w:wordDocument/.test(h) },
  { name: 'a flat OpenDocument/XML file', test: (_, h) => /^(\xEF\xBB\xBF)?<\?xml/.test(h) && h.includes('office:document') },
];

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const EMPTY_ZIP = [0x50, 0x4b, 0x05, 0x06];
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

export function detectFormat(bytes: Uint8Array, fileName: string): InputFormat {
  if (bytes.length === 0) throw new InputError('the file is empty', 'empty');
  if (startsWith(bytes, ZIP) || startsWith(bytes, EMPTY_ZIP)) return 'docx';
  if (startsWith(bytes, OLE)) return 'doc';
  const head = ascii(bytes, 4096);
  for (const { test, name } of UNSUPPORTED) {
    if (test(bytes, head)) throw new InputError(`unsupported format: this is ${name}, not a Word or text programme`, 'unsupported-format');
  }
  if (!looksLikeText(bytes)) {
    throw new InputError('unsupported format: binary data that is neither a Word document nor text', 'unsupported-format');
  }
  return /\.(md|markdown)$/i.test(fileName) ? 'md' : 'txt';
}

/** UTF-8 (or UTF-16 with a BOM) text without control bytes other than white space. */
function looksLikeText(bytes: Uint8Array): boolean {
  if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) return true;
  const sample = bytes.subarray(0, 64 * 1024);
  let control = 0;
  for (const b of sample) {
    if (b === 0) return false;
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c) control++;
  }
  return control <= sample.length / 100;
}
