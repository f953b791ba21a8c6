/**
 * The call into mammoth: a style map for Word's headings, title and page
 * breaks, empty paragraphs kept (the layout stage counts them), images as
 * short placeholders (never base64), no access to files outside the
 * package, and anything mammoth throws turned into a one-line InputError.
 */
import mammoth from 'mammoth';
import { InputError } from '../reader.js';

const STYLE_MAP = [
  "p[style-name='Title'] => h1:fresh",
  "p[style-name='Subtitle'] => h2:fresh",
  // Headings 1–6 are in mammoth's default map; these catch localised names Word also uses.
  "p[style-name='Titre'] => h1:fresh",
  "p[style-name='Titre 1'] => h1:fresh",
  "p[style-name='Titre 2'] => h2:fresh",
  "p[style-name='Titre 3'] => h3:fresh",
  "br[type='page'] => hr.page-break",
];

export interface MammothResult {
  html: string;
  messages: string[];
}

export async function convertWithMammoth(bytes: Uint8Array): Promise<MammothResult> {
  try {
    const result = await mammoth.convertToHtml(
      { buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) },
      {
        styleMap: STYLE_MAP,
        ignoreEmptyParagraphs: false,
        externalFileAccess: false,
        // The image's bytes are never read: the clean stage drops images anyway.
        convertImage: mammoth.images.imgElement(async (image) => ({ src: `embedded:${image.contentType}` })),
      },
    );
    return { html: result.value, messages: result.messages.map((m) => m.message) };
  } catch (error) {
    throw new InputError(`corrupt .docx: ${readableReason(error)}`, 'corrupt');
  }
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
