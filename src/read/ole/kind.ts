/**
 * What an OLE compound file holds, told from its root stream names: a Word
 * 97–2003 document, a password-protected OOXML package (Office stores those
 * in OLE, whatever their extension), or another Office format.
 */
import type { CompoundFile } from './cfb.js';

export type OleKind =
  | { kind: 'word' }
  | { kind: 'encrypted-package' }
  | { kind: 'rights-managed' }
  | { kind: 'other'; name: string };

/** Root stream names that identify a non-Word OLE format, and what to call it. */
const OTHER_FORMATS: Array<{ streams: string[]; name: string }> = [
  { streams: ['Workbook', 'Book'], name: 'an Excel 97–2003 workbook (.xls)' },
  { streams: ['PowerPoint Document'], name: 'a PowerPoint 97–2003 presentation (.ppt)' },
  { streams: ['VisioDocument'], name: 'a Visio drawing' },
  { streams: ['Quill'], name: 'a Publisher document' },
  { streams: ['__properties_version1.0'], name: 'an Outlook message (.msg)' },
  { streams: ['MatOST'], name: 'a Works document' },
];

export function oleKind(file: CompoundFile): OleKind {
  // CFB names compare case-insensitively (some writers use upper case).
  const names = new Set(file.rootNames.map((n) => n.toUpperCase()));
  if (names.has('ENCRYPTIONINFO') && names.has('ENCRYPTEDPACKAGE')) return { kind: 'encrypted-package' };
  // Information Rights Management: the real content sits encrypted in a DRM stream.
  if ([...names].some((n) => /DRMContent|DRMEncrypted/i.test(n))) return { kind: 'rights-managed' };
  if (names.has('WORDDOCUMENT')) return { kind: 'word' };
  for (const { streams, name } of OTHER_FORMATS) {
    if (streams.some((s) => names.has(s.toUpperCase()))) return { kind: 'other', name };
  }
  return { kind: 'other', name: 'an OLE compound file of an unknown kind' };
}
