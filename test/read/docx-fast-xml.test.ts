/**
 * The fast XML reader (src/read/docx/fast-xml.ts) builds exactly the tree
 * mammoth's own reader (xmldom) builds, on every XML part of every .docx at
 * hand, and leaves to xmldom whatever is not plain.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readPlainXml } from '../../src/read/docx/fast-xml.js';
import '../../src/read/docx/mammoth-convert.js';
import mammothXml from 'mammoth/lib/xml/index.js';
import { DEFAULT_LIMITS } from '../../src/read/limits.js';
import { inspectZip } from '../../src/read/zip/inspect.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const CORPUS = join(ROOT, '../shared/corpus');
const FILES = [
  join(ROOT, 'input/programme-rtes-2013-12-19.docx'),
  ...(readdirSync(CORPUS, { recursive: true }) as string[]).filter((name) => name.endsWith('.docx')).sort().map((name) => join(CORPUS, name)),
];
/** mammoth's map (office-xml-reader.js), in part. */
const NAMESPACES = {
  'http://schemas.openxmlformats.org/wordprocessingml/2006/main': 'w',
  'http://schemas.openxmlformats.org/officeDocument/2006/relationships': 'r',
  'http://schemas.openxmlformats.org/package/2006/relationships': 'relationships',
  'http://schemas.openxmlformats.org/markup-compatibility/2006': 'mc',
};
const xmldom = (mammothXml.readString as unknown as { xmldom: typeof mammothXml.readString }).xmldom;

/** Plain data, so that prototypes and key order are compared too. */
const plain = (node: unknown): unknown => JSON.parse(JSON.stringify(node, (_key, value) => value));

describe('fast XML reader', () => {
  it('gives xmldom’s tree for every XML part of the .docx files at hand', async () => {
    let fast = 0;
    let parts = 0;
    for (const path of FILES) {
      let xml: Map<string, string>;
      try {
        xml = inspectZip(readFileSync(path), DEFAULT_LIMITS).xml;
      } catch {
        continue;
      }
      for (const [name, text] of xml) {
        const source = text.replace(/^\uFEFF/, '');
        parts++;
        const ours = readPlainXml(source, NAMESPACES);
        if (ours === undefined) continue;
        fast++;
        const theirs = await xmldom(source, NAMESPACES).catch((error: Error) => ({ failed: error.message }));
        expect(plain(ours), `${path} ${name}`).toEqual(plain(theirs));
        expect(Object.getPrototypeOf(ours)).toBe(Object.getPrototypeOf(theirs));
      }
    }
    // Nearly every part is plain: the fast path is the common one.
    expect(fast / parts).toBeGreaterThan(0.9);
  });

  it.each([
    ['a comment', '<a><!-- x --></a>'],
    ['CDATA', '<a><![CDATA[x]]></a>'],
    ['an HTML entity', '<a>&nbsp;</a>'],
    ['a bare ampersand', '<a>A & B</a>'],
    ['an undeclared prefix', '<w:a/>'],
    ['mismatched tags', '<a><b></a></b>'],
    ['an unclosed element', '<a><b></b>'],
    ['two roots', '<a/><b/>'],
    ['text outside the root', '<a/>x'],
    ['a duplicate attribute', '<a x="1" x="2"/>'],
    ['a line break in an attribute', '<a x="1\n2"/>'],
    ['a carriage return', '<a>x\r\ny</a>'],
    ['a doctype', '<!DOCTYPE a><a/>'],
    ['a NUL character reference', '<a>&#0;</a>'],
  ])('leaves %s to xmldom', (_label, xml) => {
    expect(readPlainXml(xml)).toBeUndefined();
  });

  it('reads namespaces, entities and character references as xmldom does', async () => {
    const xml =
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:o="urn:other" xml:space="preserve"><w:p o:x=\'&lt;1&gt;\' plain="&quot;q&apos;"><w:t>Caf&#233; &amp; th&#xE9; &#x1F600;</w:t><w:t xmlns="urn:d"> </w:t><inner xmlns=""/></w:p></w:document>';
    const ours = readPlainXml(xml, NAMESPACES);
    expect(ours).toBeDefined();
    expect(plain(ours)).toEqual(plain(await xmldom(xml, NAMESPACES)));
  });
});
