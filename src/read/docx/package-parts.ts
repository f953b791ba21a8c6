/**
 * What the reader takes from a .docx package besides the body mammoth
 * converts: running headers and footers, and the core properties.
 */
import type { DocumentMetadata } from '../../model/document.js';
import { decodeEntities, paragraphTexts } from './xml-text.js';

export interface Relationship {
  id: string;
  type: string;
  /** Part name inside the package (resolved), or the raw target when external. */
  target: string;
  external: boolean;
}

/** The relationships of `part` (`word/document.xml` → `word/_rels/document.xml.rels`). */
export function relationshipsOf(part: string, xml: Map<string, string>): Relationship[] {
  const slash = part.lastIndexOf('/');
  const folder = slash < 0 ? '' : part.slice(0, slash + 1);
  const rels = xml.get(`${folder}_rels/${part.slice(slash + 1)}.rels`);
  if (!rels) return [];
  const relationships: Relationship[] = [];
  for (const [tag] of rels.matchAll(/<Relationship\b[^>]*>/g)) {
    const attribute = (name: string) => decodeEntities(new RegExp(`\\b${name}="([^"]*)"`).exec(tag)?.[1] ?? '');
    const external = attribute('TargetMode') === 'External';
    const target = attribute('Target');
    relationships.push({ id: attribute('Id'), type: attribute('Type'), external, target: external ? target : resolvePart(folder, target) });
  }
  return relationships;
}

function resolvePart(folder: string, target: string): string {
  const segments = (target.startsWith('/') ? target.slice(1) : folder + target).split('/');
  const out: string[] = [];
  for (const segment of segments) {
    if (segment === '..') out.pop();
    else if (segment !== '.' && segment !== '') out.push(segment);
  }
  return out.join('/');
}

/** Word's order for a section's header/footer references: the first page's, then the others'. */
const REFERENCE_ORDER = ['first', 'default', 'even'];

/**
 * The text of the running headers, then footers, one entry per non-empty
 * paragraph line, deduplicated, in the order the sections reference them
 * (each section's first-page header first).
 */
export function runningHeaderLines(mainDocument: string, xml: Map<string, string>): string[] {
  const body = xml.get(mainDocument) ?? '';
  const byId = new Map(relationshipsOf(mainDocument, xml).map((r) => [r.id, r]));
  const parts: string[] = [];
  for (const kind of ['header', 'footer']) {
    for (const [section] of body.matchAll(/<w:sectPr\b[\s\S]*?<\/w:sectPr>/g)) {
      const references = [...section.matchAll(new RegExp(`<w:${kind}Reference\\b[^>]*>`, 'g'))].map(([tag]) => ({
        type: /w:type="([^"]*)"/.exec(tag)?.[1] ?? 'default',
        id: /r:id="([^"]*)"/.exec(tag)?.[1] ?? '',
      }));
      references.sort((a, b) => rank(a.type) - rank(b.type));
      for (const { id } of references) {
        const part = byId.get(id);
        if (part && !part.external && !parts.includes(part.target)) parts.push(part.target);
      }
    }
  }
  const lines: string[] = [];
  for (const part of parts) {
    for (const paragraph of paragraphTexts(xml.get(part) ?? '')) {
      for (const line of paragraph.split('\n')) {
        const text = line.trim();
        if (text && !lines.includes(text)) lines.push(text);
      }
    }
  }
  return lines;
}

const rank = (type: string) => {
  const index = REFERENCE_ORDER.indexOf(type);
  return index < 0 ? REFERENCE_ORDER.length : index;
};

/** `docProps/core.xml` (or wherever `_rels/.rels` puts it): title, creator, subject, dates. */
export function coreProperties(xml: Map<string, string>): DocumentMetadata {
  const target = relationshipsOf('', xml).find((r) => r.type.endsWith('/core-properties'))?.target ?? 'docProps/core.xml';
  const core = xml.get(target);
  if (!core) return {};
  const field = (name: string) => {
    const value = new RegExp(`<${name}\\b[^>]*>([\\s\\S]*?)</${name}>`).exec(core)?.[1];
    const text = value === undefined ? '' : decodeEntities(value.replace(/<[^>]*>/g, '')).trim();
    return text || undefined;
  };
  const metadata: DocumentMetadata = {};
  const entries: Array<[keyof DocumentMetadata, string]> = [
    ['title', 'dc:title'],
    ['author', 'dc:creator'],
    ['subject', 'dc:subject'],
    ['created', 'dcterms:created'],
    ['modified', 'dcterms:modified'],
  ];
  for (const [key, name] of entries) {
    const value = field(name);
    if (value !== undefined) metadata[key] = value;
  }
  return metadata;
}
