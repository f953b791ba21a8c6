/**
 * Format detection from the bytes, on the fixtures of fixtures/formats/
 * (built by scripts/build-format-fixtures.mjs): Word files under the other
 * Word extension go to the right reader, everything else is refused with a
 * message naming what it is.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectFormat, textEncoding, zipPackageType } from '../../src/read/detect.js';
import { InputError } from '../../src/read/reader.js';
import { ROOT } from '../helpers.js';

const fixture = (name: string) => new Uint8Array(readFileSync(join(ROOT, 'fixtures', 'formats', name)));

function refusal(name: string): InputError {
  try {
    detectFormat(fixture(name), name);
  } catch (error) {
    if (error instanceof InputError) return error;
    throw error;
  }
  throw new Error(`${name} was accepted`);
}

describe('detectFormat', () => {
  it.each([
    ['programme.doc', 'doc'],
    ['doc-named.docx', 'doc'],
    ['docx-named.doc', 'docx'],
    // OLE containers are judged by the .doc reader (encryption, other Office formats).
    ['encrypted-package.docx', 'doc'],
    ['excel-named.doc', 'doc'],
    ['truncated-ole.doc', 'doc'],
    ['utf16le.txt', 'txt'],
    ['windows-1252.txt', 'txt'],
    ['utf8.md', 'md'],
  ])('reads %s as %s', (name, format) => {
    expect(detectFormat(fixture(name), name)).toBe(format);
  });

  it.each([
    ['rtf-named.doc', 'unsupported-format', 'an RTF document'],
    ['word2003-named.doc', 'unsupported-format', 'a Word 2003 XML document'],
    ['wordperfect-named.doc', 'unsupported-format', 'a WordPerfect document'],
    ['png-named.docx', 'unsupported-format', 'a PNG image'],
    ['pdf-named.doc', 'unsupported-format', 'a PDF file'],
    ['html-named.doc', 'unsupported-format', 'an HTML page'],
    ['odt-named.docx', 'unsupported-format', 'an OpenDocument text (.odt)'],
    ['empty.docx', 'empty', 'empty'],
    ['blank.txt', 'empty', 'empty'],
  ])('refuses %s (%s): "%s"', (name, code, words) => {
    const error = refusal(name);
    expect(error.code).toBe(code);
    expect(error.message).toContain(words);
    expect(error.message).not.toMatch(/\n/);
  });

  it('refuses the first bytes of a Word signature as truncated', () => {
    expect(() => detectFormat(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0]), 'x.doc')).toThrow(/truncated/);
    expect(() => detectFormat(new Uint8Array([0x50, 0x4b, 0x03]), 'x.docx')).toThrow(/truncated/);
  });

  it('refuses unknown binary data', () => {
    const error = (() => {
      try {
        detectFormat(new Uint8Array([0xcb, 0x0a, 0x01, 0xf6, 0x00, 0x00, 0x12]), 'old.doc');
      } catch (e) {
        return e as InputError;
      }
    })();
    expect(error?.code).toBe('unsupported-format');
  });

  it('ignores the extension for text: a .doc holding plain text is text', () => {
    expect(detectFormat(new TextEncoder().encode('9h30 Accueil\n'), 'pasted.doc')).toBe('txt');
  });
});

describe('zipPackageType', () => {
  it('names Word, OpenDocument and non-zip data', () => {
    expect(zipPackageType(fixture('docx-named.doc'))).toEqual({ kind: 'word' });
    expect(zipPackageType(fixture('odt-named.docx'))).toMatchObject({ kind: 'other', name: 'an OpenDocument text (.odt)' });
    expect(zipPackageType(fixture('docx-named.doc').subarray(0, 100))).toEqual({ kind: 'unknown' });
  });
});

describe('textEncoding', () => {
  it('tells UTF-16, UTF-8 and Windows-1252 text from binary data', () => {
    expect(textEncoding(fixture('utf16le.txt'))).toBe('utf-16le');
    expect(textEncoding(fixture('utf8.md'))).toBe('utf-8');
    expect(textEncoding(fixture('windows-1252.txt'))).toBe('windows-1252');
    expect(textEncoding(fixture('png-named.docx'))).toBeUndefined();
  });

  it('keeps UTF-8 whose sample ends inside a character', () => {
    const text = new TextEncoder().encode(`a${'é'.repeat(40_000)}`);
    expect(textEncoding(text)).toBe('utf-8');
  });
});
