/**
 * mammoth reads the reader's inspected package instead of unzipping the file
 * again (`src/read/docx/package-file.ts`), and plain XML without xmldom
 * (`fast-xml.ts`): the HTML and messages must be exactly those of
 * `mammoth.convertToHtml` on the same file.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import mammoth from 'mammoth';
import mammothXml from 'mammoth/lib/xml/index.js';
import { describe, expect, it } from 'vitest';
import { convertWithMammoth } from '../../src/read/docx/mammoth-convert.js';
import { packageFile } from '../../src/read/docx/package-file.js';
import { DEFAULT_LIMITS } from '../../src/read/limits.js';
import { inspectZip } from '../../src/read/zip/inspect.js';
import { STYLE_MAP } from '../../src/read/docx/mammoth-convert.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const CORPUS = join(ROOT, '../shared/corpus');
const FILES = [
  join(ROOT, 'input/programme-rtes-2013-12-19.docx'),
  ...readdirSync(join(ROOT, 'fixtures/programmes'))
    .filter((name) => name.endsWith('-docx'))
    .map((name) => join(ROOT, 'fixtures/programmes', name, `${name}.docx`)),
  ...(readdirSync(CORPUS, { recursive: true }) as string[])
    .filter((name) => name.endsWith('.docx'))
    .sort()
    .map((name) => join(CORPUS, name)),
];


/** mammoth as it comes: JSZip, and xmldom for every XML part (the fast reader set aside for the call). */
async function viaMammoth(bytes: Buffer) {
  const installed = mammothXml.readString;
  mammothXml.readString = (installed as unknown as { xmldom: typeof installed }).xmldom;
  try {
    const result = await mammoth.convertToHtml(
      { buffer: bytes },
      {
        styleMap: STYLE_MAP,
        ignoreEmptyParagraphs: false,
        externalFileAccess: false,
        convertImage: mammoth.images.imgElement(async (image) => ({ src: `embedded:${image.contentType}` })),
      },
    );
    return { html: result.value, messages: result.messages.map((m) => m.message) };
  } catch (error) {
    return { error: (error as Error).message };
  } finally {
    mammothXml.readString = installed;
  }
}

/** undefined when the inspection refuses the file or leaves it to JSZip (non-ASCII part names). */
async function viaPackage(bytes: Buffer) {
  let file;
  try {
    file = packageFile(bytes, inspectZip(bytes, DEFAULT_LIMITS));
  } catch {
    return undefined;
  }
  return file && convertWithMammoth(file, bytes).catch((error: Error) => ({ error: error.message }));
}

describe('mammoth on the inspected package', () => {
  it(`gives the HTML and messages of mammoth.convertToHtml (${FILES.length} files)`, async () => {
    let compared = 0;
    for (const path of FILES) {
      const bytes = readFileSync(path);
      const ours = await viaPackage(bytes);
      if (ours === undefined) continue;
      const theirs = await viaMammoth(bytes);
      // A failure is reported in our words; that it fails is what must agree.
      if ('error' in ours || 'error' in theirs) expect('error' in ours, path).toBe('error' in theirs);
      else expect(ours, path).toEqual(theirs);
      compared++;
    }
    expect(compared).toBeGreaterThan(150);
  });

  it('parses the shared style map once, yet every document gets the same mappings', async () => {
    const bytes = readFileSync(FILES[0]!);
    const first = await viaPackage(bytes);
    const second = await viaPackage(bytes);
    expect(second).toEqual(first);
  });

  it('names a missing part the way JSZip does, and inflates parts that are not XML on demand', async () => {
    const bytes = readFileSync(FILES[0]!);
    const file = packageFile(bytes, inspectZip(bytes, DEFAULT_LIMITS))!;
    expect(file.exists('word/document.xml')).toBe(true);
    expect(file.exists('word/nothing.xml')).toBe(false);
    await expect(file.read('word/nothing.xml', 'utf-8')).rejects.toThrow(TypeError);
    const image = await file.read('word/media/image1.png');
    expect(image).toBeInstanceOf(Uint8Array);
    expect([...(image as Uint8Array).subarray(1, 4)]).toEqual([0x50, 0x4e, 0x47]);
  });
});
