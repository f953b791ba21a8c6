/**
 * Judges a .docx zip before its content reaches mammoth: entry count,
 * declared and actual inflated sizes, compression ratios, encryption, part
 * names, and every XML part's safety (no DTD, bounded nesting). Returns the
 * package's XML parts, already inflated and decoded, for the reader's own
 * use (relationships, headers, core properties).
 */
import type { Limits } from '../limits.js';
import { InputError } from '../reader.js';
import { readCentralDirectory, type ZipEntry } from './central-directory.js';
import { inflateEntry } from './inflate.js';
import { assertSafeXml, decodeXml } from './xml-safety.js';

export interface InspectedPackage {
  entries: ZipEntry[];
  /** XML parts (`*.xml`, `*.rels`) by part name, decoded. */
  xml: Map<string, string>;
  /** The same parts' inflated bytes, so that nothing inflates them twice. */
  inflated: Map<string, Buffer>;
  /** Part name of the main document, e.g. `word/document.xml`. */
  mainDocument: string;
}

/** A big entry compressing better than this is a zip bomb, not a document. */
const MAX_RATIO = 200;
const RATIO_CHECK_FROM_BYTES = 1024 * 1024;

const WORD_MAIN_CONTENT_TYPE = /wordprocessingml\.(document|template)\.main\+xml|ms-word\.(document|template)\.macroenabled/i;

export function inspectZip(bytes: Uint8Array, limits: Limits): InspectedPackage {
  const entries = readCentralDirectory(bytes, limits.maxZipEntries);
  checkEntries(entries, limits);

  const xml = new Map<string, string>();
  const inflated = new Map<string, Buffer>();
  for (const entry of entries) {
    if (!/\.(xml|rels)$/i.test(entry.name)) continue;
    const data = inflateEntry(bytes, entry);
    const text = decodeXml(data);
    assertSafeXml(entry.name, text);
    xml.set(entry.name, text);
    inflated.set(entry.name, data);
  }
  return { entries, xml, inflated, mainDocument: findMainDocument(bytes, entries, xml) };
}

function checkEntries(entries: ZipEntry[], limits: Limits): void {
  const seen = new Set<string>();
  let declared = 0;
  for (const entry of entries) {
    if (entry.encrypted) {
      throw new InputError('password-protected: the .docx is encrypted; remove the password in Word and try again', 'password-protected');
    }
    if (isUnsafeName(entry.name)) {
      throw new InputError(`corrupt .docx: the zip holds a part with an unsafe name (${JSON.stringify(entry.name.slice(0, 80))})`, 'corrupt');
    }
    if (seen.has(entry.name)) throw new InputError(`corrupt .docx: the zip holds ${entry.name} twice`, 'corrupt');
    seen.add(entry.name);
    if (entry.method !== 0 && entry.method !== 8) {
      throw new InputError(`corrupt .docx: ${entry.name} uses zip compression method ${entry.method}, which Word never writes`, 'corrupt');
    }
    declared += entry.uncompressedSize;
    if (declared > limits.maxInflatedBytes) {
      throw new InputError(
        `too large: the .docx inflates to more than ${formatMegabytes(limits.maxInflatedBytes)} (limit on inflated size)`,
        'too-large',
      );
    }
    if (entry.uncompressedSize >= RATIO_CHECK_FROM_BYTES && entry.uncompressedSize > MAX_RATIO * Math.max(1, entry.compressedSize)) {
      throw new InputError(
        `too large: ${entry.name} would inflate ${Math.round(entry.uncompressedSize / Math.max(1, entry.compressedSize))} times (a zip bomb?)`,
        'too-large',
      );
    }
  }
}

/** Absolute paths, drive letters, `..` segments and NUL bytes have no place in a package. */
function isUnsafeName(name: string): boolean {
  if (name.includes('\0') || name.startsWith('/') || name.startsWith('\\') || /^[A-Za-z]:/.test(name)) return true;
  return name.split(/[\\/]/).some((segment) => segment === '..');
}

function findMainDocument(bytes: Uint8Array, entries: ZipEntry[], xml: Map<string, string>): string {
  const target = officeDocumentTarget(xml.get('_rels/.rels'));
  const candidates = [target, 'word/document.xml'].filter((name): name is string => !!name && xml.has(name));
  const main = candidates[0];
  if (main === undefined || !isWordMainPart(main, xml.get('[Content_Types].xml'))) {
    const what = describeOtherPackage(bytes, entries);
    throw new InputError(
      `not a Word document: the zip has no word/document.xml${what ? ` (it looks like ${what})` : ''}`,
      'unsupported-format',
    );
  }
  return main;
}

/** The part `_rels/.rels` names as the package's main document. */
export function officeDocumentTarget(rels: string | undefined): string | undefined {
  if (!rels) return undefined;
  for (const [tag] of rels.matchAll(/<Relationship\b[^>]*>/g)) {
    if (!/Type="[^"]*\/officeDocument"/.test(tag)) continue;
    const target = /Target="([^"]*)"/.exec(tag)?.[1];
    if (target) return target.replace(/^\/+/, "").replace(/^\.\//, "");
  }
  return undefined;
}

function isWordMainPart(part: string, contentTypes: string | undefined): boolean {
  if (!contentTypes) return part === 'word/document.xml';
  const escaped = part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const override = new RegExp(`<Override\\b[^>]*PartName="/${escaped}"[^>]*>`, 'i').exec(contentTypes)?.[0];
  if (override) return WORD_MAIN_CONTENT_TYPE.test(override);
  return part === 'word/document.xml';
}

/** Names what a non-Word zip is, for the error message. */
function describeOtherPackage(bytes: Uint8Array, entries: ZipEntry[]): string | undefined {
  const names = new Set(entries.map((entry) => entry.name));
  const mimetype = entries.find((entry) => entry.name === 'mimetype' && entry.uncompressedSize <= 200);
  if (mimetype) {
    const type = inflateEntry(bytes, mimetype).toString('latin1').trim();
    if (type === 'application/epub+zip') return 'an EPUB e-book';
    if (type.startsWith('application/vnd.oasis.opendocument.text')) return 'an OpenDocument text (.odt)';
    if (type.startsWith('application/vnd.oasis.opendocument')) return 'an OpenDocument file';
  }
  if (names.has('xl/workbook.xml')) return 'an Excel workbook (.xlsx)';
  if (names.has('ppt/presentation.xml')) return 'a PowerPoint presentation (.pptx)';
  return entries.length === 0 ? 'an empty zip' : undefined;
}

function formatMegabytes(bytes: number): string {
  return `${Math.round(bytes / (1024 * 1024))} MB`;
}
