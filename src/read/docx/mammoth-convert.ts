/**
 * The call into mammoth: a style map for Word's headings, title and page
 * breaks, empty paragraphs kept (the layout stage counts them), images as
 * short placeholders (never base64), no access to files outside the
 * package, and anything mammoth throws turned into a one-line InputError.
 *
 * mammoth's own steps are run here (as `mammoth.convertToHtml` runs them)
 * with two differences that change nothing in the HTML but cost less per
 * document: mammoth reads the parts this reader has already inspected and
 * inflated (`package-file.ts`) instead of unzipping the file again with
 * JSZip, the constant style map is parsed once per process rather than
 * once per document, and plain XML parts are read without xmldom
 * (`fast-xml.ts`).
 */
import { DocumentConverter } from 'mammoth/lib/document-to-html.js';
import { read as readDocx } from 'mammoth/lib/docx/docx-reader.js';
import { readStyleMap as readEmbeddedStyleMap } from 'mammoth/lib/docx/style-map.js';
import { imgElement } from 'mammoth/lib/images.js';
import { _defaultStyleMap, readOptions } from 'mammoth/lib/options-reader.js';
import { Result } from 'mammoth/lib/results.js';
import { readStyle } from 'mammoth/lib/style-reader.js';
import mammothXml from 'mammoth/lib/xml/index.js';
import { openArrayBuffer } from 'mammoth/lib/zipfile.js';
import { InputError } from '../reader.js';
import { readPlainXml } from './fast-xml.js';

export const STYLE_MAP = [
  "p[style-name='Title'] => h1:fresh",
  "p[style-name='Subtitle'] => h2:fresh",
  // Headings 1–6 are in mammoth's default map; these catch localised names Word also uses.
  "p[style-name='Titre'] => h1:fresh",
  "p[style-name='Titre 1'] => h1:fresh",
  "p[style-name='Titre 2'] => h2:fresh",
  "p[style-name='Titre 3'] => h3:fresh",
  "br[type='page'] => hr.page-break",
];

const OPTIONS = {
  styleMap: STYLE_MAP,
  ignoreEmptyParagraphs: false,
  externalFileAccess: false,
  // The image's bytes are never read: the clean stage drops images anyway.
  convertImage: imgElement(async (image) => ({ src: `embedded:${image.contentType}` })),
};

installPlainXmlReader();

/**
 * mammoth's readers call `readString` on its xml module at each use: plain
 * XML gets the fast reader, anything else mammoth's own (xmldom).
 */
function installPlainXmlReader(): void {
  const xmldomReadString = mammothXml.readString as typeof mammothXml.readString & { plainXmlFirst?: true };
  if (xmldomReadString.plainXmlFirst) return;
  const readString = (xml: string, namespaceMap?: Record<string, string>) => {
    const root = readPlainXml(xml, namespaceMap);
    return root ? Promise.resolve(root) : xmldomReadString(xml, namespaceMap);
  };
  mammothXml.readString = Object.assign(readString, { plainXmlFirst: true as const, xmldom: xmldomReadString });
}

export interface MammothResult {
  html: string;
  messages: string[];
}

/**
 * Converts the package's main document (and its notes) to HTML, as
 * `mammoth.convertToHtml` would: from `file`, or when there is none from the
 * bytes, which mammoth then unzips itself.
 */
export async function convertWithMammoth(file: MammothDocxFile | undefined, bytes: Uint8Array): Promise<MammothResult> {
  try {
    const docx = file ?? (await openArrayBuffer(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)));
    const options = readOptions(OPTIONS);
    options.embeddedStyleMap = (await readEmbeddedStyleMap(docx)) ?? undefined;
    const document = await readDocx(docx, {}, options);
    const styleMap = parseStyleMap(options.readStyleMap());
    const converter = new DocumentConverter({ ...options, styleMap: styleMap.value });
    const result = await document.flatMapThen((value) => styleMap.flatMapThen(() => converter.convertToHtml(value)));
    return { html: result.value, messages: result.messages.map((m) => m.message) };
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError(`corrupt .docx: ${readableReason(error)}`, 'corrupt');
  }
}

/** Parsed style-map lines, for the lines every document shares (a document's embedded map is parsed afresh). */
const parsedLines = new Map<string, ReturnType<typeof readStyle>>();
const SHARED_LINES = new Set([...STYLE_MAP, ..._defaultStyleMap]);

/** mammoth's `parseStyleMap`, with the shared lines parsed once. */
function parseStyleMap(lines: string[]) {
  const results = lines.map((line) => {
    if (!SHARED_LINES.has(line)) return readStyle(line);
    let parsed = parsedLines.get(line);
    if (!parsed) {
      parsed = readStyle(line);
      parsedLines.set(line, parsed);
    }
    return parsed;
  });
  return Result.combine(results).map((mappings) => mappings.filter((mapping) => !!mapping));
}

/** One line a user can read, from whatever mammoth or jszip threw. */
export function readableReason(error: unknown): string {
  const message = (error instanceof Error ? error.message : String(error)).split('\n')[0]!.trim();
  if (/end of central directory|corrupted zip|invalid signature|is this a zip/i.test(message)) return 'the zip is damaged or truncated';
  if (/crc32/i.test(message)) return 'a part of the zip fails its checksum';
  if (/could not find file in options|Could not find main document part/i.test(message)) return 'the main document part is missing';
  if (/invalid|unexpected|unclosed|mismatched|xml|parse/i.test(message)) return `the document's XML is damaged (${truncate(message)})`;
  return truncate(message) || 'mammoth could not read it';
}

function truncate(text: string): string {
  return text.length > 120 ? `${text.slice(0, 117)}…` : text;
}
