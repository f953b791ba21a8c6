/**
 * Hostile and broken zips: each must fail with the right InputError code,
 * a one-line message, quickly and without inflating anything big.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import reader from '../../src/read/docx.js';
import { DEFAULT_LIMITS, type Limits } from '../../src/read/limits.js';
import { InputError, type InputErrorCode } from '../../src/read/reader.js';
import { maxNestingDepth } from '../../src/read/zip/xml-safety.js';
import { buildZip, CONTENT_TYPES, deflatedZeros, minimalDocx, PACKAGE_RELS, W } from './zip-build.js';

const SEED = readFileSync(new URL('../../input/programme-rtes-2013-12-19.docx', import.meta.url));
const CORPUS = new URL('../../../shared/corpus/', import.meta.url);

async function failure(bytes: Uint8Array, limits: Limits = DEFAULT_LIMITS): Promise<InputError> {
  try {
    await reader.read({ bytes, fileName: 'hostile.docx', limits });
  } catch (error) {
    expect(error).toBeInstanceOf(InputError);
    expect((error as Error).message).not.toContain('\n');
    return error as InputError;
  }
  throw new Error('expected the read to fail');
}

async function expectFailure(bytes: Uint8Array, code: InputErrorCode, message: RegExp, limits?: Limits) {
  const error = await failure(bytes, limits);
  expect(error.code).toBe(code);
  expect(error.message).toMatch(message);
}

const paragraph = (text: string) => `<w:p><w:r><w:t>${text}</w:t></w:r></w:p>`;

describe('a well-formed minimal package', () => {
  it('is read', async () => {
    const doc = await reader.read({ bytes: minimalDocx(paragraph('Hello')), fileName: 'ok.docx', limits: DEFAULT_LIMITS });
    expect(doc.tree.children).toMatchObject([{ type: 'paragraph', children: [{ type: 'text', value: 'Hello' }] }]);
  });
});

describe('zip bombs', () => {
  it('refuses a part that would inflate 100 MB of zeros (honest sizes), without inflating it', async () => {
    const zeros = await deflatedZeros(100 * 1024 * 1024);
    const before = process.memoryUsage().arrayBuffers;
    await expectFailure(
      buildZip([
        { name: '[Content_Types].xml', data: CONTENT_TYPES },
        { name: '_rels/.rels', data: PACKAGE_RELS },
        { name: 'word/document.xml', compressed: zeros, size: 100 * 1024 * 1024 },
      ]),
      'too-large',
      /word\/document\.xml would inflate \d+ times/,
    );
    expect(process.memoryUsage().arrayBuffers - before).toBeLessThan(32 * 1024 * 1024);
  });

  it('stops inflating a part that lies about its size at the declared size', async () => {
    const zeros = await deflatedZeros(100 * 1024 * 1024);
    const before = process.memoryUsage().arrayBuffers;
    await expectFailure(
      buildZip([
        { name: '[Content_Types].xml', data: CONTENT_TYPES },
        { name: '_rels/.rels', data: PACKAGE_RELS },
        { name: 'word/document.xml', compressed: zeros, size: 4096 },
      ]),
      'too-large',
      /inflates to more than its declared 4096 bytes/,
    );
    expect(process.memoryUsage().arrayBuffers - before).toBeLessThan(32 * 1024 * 1024);
  });

  it('refuses a package whose declared sizes add up past the inflated-size limit', async () => {
    const text = paragraph('x'.repeat(5000));
    await expectFailure(minimalDocx(text), 'too-large', /inflates to more than/, { ...DEFAULT_LIMITS, maxInflatedBytes: 4000 });
  });

  it('refuses a part declaring fewer bytes than it holds or more than it holds', async () => {
    const body = Buffer.from(`<w:document ${W}><w:body>${paragraph('Hi')}</w:body></w:document>`);
    const entries = (size: number) => [
      { name: '[Content_Types].xml', data: CONTENT_TYPES },
      { name: '_rels/.rels', data: PACKAGE_RELS },
      { name: 'word/document.xml', data: body, size },
    ];
    await expectFailure(buildZip(entries(body.length + 10)), 'corrupt', /not the size the zip declares/);
    await expectFailure(buildZip(entries(body.length - 10)), 'too-large', /inflates to more than its declared/);
  });
});

describe('entry count', () => {
  it('refuses 5000 entries before reading any of them', async () => {
    const many = Array.from({ length: 5000 }, (_, i) => ({ name: `word/media/x${i}.bin`, data: '' }));
    await expectFailure(minimalDocx(paragraph('Hi'), many), 'too-large', /5003 entries, more than the limit of 2000/);
  });
});

describe('XML attacks', () => {
  it('refuses entity expansion (billion laughs) in the document', async () => {
    const lol = `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;"><!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>`;
    const bytes = buildZip([
      { name: '[Content_Types].xml', data: CONTENT_TYPES },
      { name: '_rels/.rels', data: PACKAGE_RELS },
      { name: 'word/document.xml', data: `${lol}<w:document ${W}><w:body>${paragraph('&lol3;')}</w:body></w:document>` },
    ]);
    await expectFailure(bytes, 'corrupt', /word\/document\.xml declares a DTD/);
  });

  it('refuses a DTD in any other XML part too', async () => {
    const bytes = minimalDocx(paragraph('Hi'), [{ name: 'word/styles.xml', data: '<!DOCTYPE x [<!ENTITY a "b">]><w:styles/>' }]);
    await expectFailure(bytes, 'corrupt', /word\/styles\.xml declares a DTD/);
  });

  it('refuses absurdly deep nesting', async () => {
    const depth = 20_000;
    const deep = '<w:sdt>'.repeat(depth) + '</w:sdt>'.repeat(depth);
    await expectFailure(minimalDocx(deep), 'too-large', /nests elements more than \d+ levels deep/);
  });

  it('measures nesting depth through comments, CDATA and quoted ">"', () => {
    expect(maxNestingDepth('<a><!-- <b><c> --><b x=">"><c/></b><![CDATA[<d><e>]]></a>')).toBe(2);
  });
});

describe('part names', () => {
  for (const name of ['../../etc/evil.xml', '/etc/passwd', 'word/../../evil.xml', 'C:\\Windows\\evil.xml', 'word\\..\\..\\evil.xml']) {
    it(`refuses ${JSON.stringify(name)}`, async () => {
      await expectFailure(minimalDocx(paragraph('Hi'), [{ name, data: 'x' }]), 'corrupt', /unsafe name/);
    });
  }

  it('refuses a part listed twice', async () => {
    await expectFailure(minimalDocx(paragraph('Hi'), [{ name: 'word/document.xml', data: '<x/>' }]), 'corrupt', /holds word\/document\.xml twice/);
  });
});

describe('broken files', () => {
  it('reports a truncated zip', async () => {
    await expectFailure(SEED.subarray(0, Math.floor(SEED.length / 2)), 'corrupt', /^corrupt \.docx: the zip is truncated/);
    await expectFailure(SEED.subarray(0, SEED.length - 30), 'corrupt', /^corrupt \.docx: the zip is truncated/);
  });

  it('reports a real truncated Word file (Tika’s) as corrupt', async () => {
    await expectFailure(readFileSync(new URL('tika/testWORD_truncated.docx', CORPUS)), 'corrupt', /^corrupt \.docx: the zip is truncated/);
  });

  it('reports a zip signature followed by garbage', async () => {
    const garbage = Buffer.concat([Buffer.from('PK\u0003\u0004'), Buffer.from(Array.from({ length: 4000 }, (_, i) => (i * 131 + 7) % 256))]);
    await expectFailure(garbage, 'corrupt', /^corrupt \.docx: /);
  });

  it('reports damaged compressed data', async () => {
    const bytes = buildZip([
      { name: '[Content_Types].xml', data: CONTENT_TYPES },
      { name: '_rels/.rels', data: PACKAGE_RELS },
      { name: 'word/document.xml', compressed: Buffer.from([0xff, 0xfe, 0xfd, 0x00, 0x13]), size: 100 },
    ]);
    await expectFailure(bytes, 'corrupt', /word\/document\.xml cannot be decompressed/);
  });

  it('reports a document whose XML mammoth cannot parse as corrupt, in one line', async () => {
    const bytes = buildZip([
      { name: '[Content_Types].xml', data: CONTENT_TYPES },
      { name: '_rels/.rels', data: PACKAGE_RELS },
      { name: 'word/document.xml', data: `<w:document ${W}><w:body><w:p><w:r><w:t>unclosed` },
    ]);
    await expectFailure(bytes, 'corrupt', /^corrupt \.docx: /);
  });
});

describe('encryption', () => {
  it('reports an encrypted zip entry as password-protected', async () => {
    const bytes = minimalDocx(paragraph('Hi'), [{ name: 'word/secret.xml', data: '<x/>', flags: 1 }]);
    await expectFailure(bytes, 'password-protected', /password/);
  });

  it('reports an Office-encrypted .docx (an OLE container) as password-protected', async () => {
    const bytes = readFileSync(new URL('msoffcrypto-tool/ecma376standard_password.docx', CORPUS));
    await expectFailure(bytes, 'password-protected', /password/);
  });

  it('reports a .doc handed to the .docx reader as unsupported', async () => {
    const bytes = readFileSync(new URL('msoffcrypto-tool/plain.doc', CORPUS));
    await expectFailure(bytes, 'unsupported-format', /Word 97-2003/);
  });
});

describe('zips that are not Word documents', () => {
  it('names an Excel workbook', async () => {
    const bytes = buildZip([
      { name: '[Content_Types].xml', data: CONTENT_TYPES.replace('/word/document.xml', '/xl/workbook.xml') },
      { name: 'xl/workbook.xml', data: '<workbook/>' },
    ]);
    await expectFailure(bytes, 'unsupported-format', /^not a Word document: the zip has no word\/document\.xml \(it looks like an Excel workbook/);
  });

  it('names an EPUB and an OpenDocument text', async () => {
    await expectFailure(buildZip([{ name: 'mimetype', data: 'application/epub+zip' }, { name: 'OEBPS/content.opf', data: '<package/>' }]), 'unsupported-format', /EPUB/);
    await expectFailure(buildZip([{ name: 'mimetype', data: 'application/vnd.oasis.opendocument.text' }, { name: 'content.xml', data: '<x/>' }]), 'unsupported-format', /OpenDocument text/);
  });

  it('refuses an empty zip', async () => {
    await expectFailure(buildZip([]), 'unsupported-format', /not a Word document/);
  });
});
