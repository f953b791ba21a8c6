/**
 * Document information and its XMP twin (PDF/A wants both, equal). pdfkit
 * writes the XMP itself but without escaping, so a title with "&" or "<"
 * would break it: the document's XMP writer is replaced by an escaping one
 * that also records the modification date and the language.
 */
import type { Programme } from '../../model/programme.js';
import type { Labels } from './labels.js';
import { formatDay, typeset } from './typography.js';

export interface DocumentInfo {
  Title: string;
  Author?: string;
  Subject?: string;
  Keywords?: string;
  Creator: string;
  Producer: string;
  CreationDate: Date;
  ModDate: Date;
}

export function documentInfo(programme: Programme, labels: Labels, sourceDate: Date): DocumentInfo {
  const language = programme.language;
  const title = typeset(programme.title ?? fileStem(programme.source.file) ?? labels.untitled, language);
  const info: DocumentInfo = { Title: title, Creator: 'programme-pipeline', Producer: 'PDFKit', CreationDate: sourceDate, ModDate: sourceDate };
  const author = programme.organizers[0]?.name;
  if (author) info.Author = typeset(author, language);
  const first = programme.days[0];
  const venue = programme.venue;
  const subject = [labels.schedule, first ? formatDay(first, language) : null, venue?.name, venue?.city].filter((s): s is string => Boolean(s));
  info.Subject = typeset(subject.join(' — '), language);
  const keywords = [
    ...programme.organizers.map((o) => o.acronym ?? o.name),
    venue?.city ?? null,
    ...new Set(programme.days.map((d) => d.date.slice(0, 4))),
  ].filter((s): s is string => Boolean(s));
  if (keywords.length > 0) info.Keywords = keywords.map((k) => typeset(k, language)).join(', ');
  return info;
}

function fileStem(file: string): string | undefined {
  const base = file.split(/[\\/]/).pop() ?? '';
  return base.replace(/\.[^.]+$/, '') || undefined;
}

const escapeXml = (text: string): string =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c] as string);

const xmpDate = (date: Date): string => `${date.toISOString().split('.')[0]}Z`;

interface MetadataHost {
  info: DocumentInfo;
  appendXML(xml: string, newline?: boolean): void;
  _addInfo(): void;
}

/** Replaces pdfkit's XMP writer on this document by an escaping one. */
export function installXmpWriter(doc: PDFKit.PDFDocument, language: string): void {
  const host = doc as unknown as MetadataHost;
  host._addInfo = function addInfo(this: MetadataHost) {
    const { info } = this;
    const alt = (value: string) => `<rdf:Alt><rdf:li xml:lang="x-default">${escapeXml(value)}</rdf:li></rdf:Alt>`;
    const dc = [
      '<dc:format>application/pdf</dc:format>',
      `<dc:title>${alt(info.Title)}</dc:title>`,
      info.Author ? `<dc:creator><rdf:Seq><rdf:li>${escapeXml(info.Author)}</rdf:li></rdf:Seq></dc:creator>` : '',
      info.Subject ? `<dc:description>${alt(info.Subject)}</dc:description>` : '',
      `<dc:language><rdf:Bag><rdf:li>${escapeXml(language)}</rdf:li></rdf:Bag></dc:language>`,
    ].join('');
    this.appendXML(
      [
        '<rdf:Description rdf:about="" xmlns:xmp="http://ns.adobe.com/xap/1.0/">',
        `<xmp:CreateDate>${xmpDate(info.CreationDate)}</xmp:CreateDate>`,
        `<xmp:ModifyDate>${xmpDate(info.ModDate)}</xmp:ModifyDate>`,
        `<xmp:MetadataDate>${xmpDate(info.ModDate)}</xmp:MetadataDate>`,
        `<xmp:CreatorTool>${escapeXml(info.Creator)}</xmp:CreatorTool>`,
        '</rdf:Description>',
        `<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/">${dc}</rdf:Description>`,
        '<rdf:Description rdf:about="" xmlns:pdf="http://ns.adobe.com/pdf/1.3/">',
        `<pdf:Producer>${escapeXml(info.Producer)}</pdf:Producer>`,
        info.Keywords ? `<pdf:Keywords>${escapeXml(info.Keywords)}</pdf:Keywords>` : '',
        '</rdf:Description>',
      ].join('\n'),
    );
  };
}
