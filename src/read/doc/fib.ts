/**
 * The few fields of a .doc's File Information Block ([MS-DOC] 2.5.2 FibBase)
 * needed before its text is read: is it Word at all, which version, is it
 * encrypted, and which table stream holds its indexes.
 */
export interface FibBase {
  /** Word 97 and later (nFib ≥ 0xC0); Word 6/95 files use an older layout. */
  word97OrLater: boolean;
  encrypted: boolean;
  /** Name of the table stream: `1Table` or `0Table`. */
  tableStream: '0Table' | '1Table';
}

const WORD_IDENT = 0xa5ec;
/** wIdent values of Word 2, Word 6 and Word 95 files, which word-extractor cannot read. */
const OLDER_WORD_IDENTS = new Set([0xa59b, 0xa5db, 0xa5dc, 0xa697, 0xa698, 0xa699]);
const WORD97_NFIB = 0xc0;
const F_ENCRYPTED = 0x0100;
const F_WHICH_TABLE_STREAM = 0x0200;
/** Enough for FibBase plus the FibRgFcLcb97 fields word-extractor reads. */
export const MIN_WORD_DOCUMENT_BYTES = 0x220;

/** The FIB, or a one-line reason why the stream is no Word document. */
export function readFibBase(wordDocument: Uint8Array): FibBase | string {
  if (wordDocument.length < 0x20) return 'its WordDocument stream is truncated';
  const view = new DataView(wordDocument.buffer, wordDocument.byteOffset, wordDocument.byteLength);
  const ident = view.getUint16(0, true);
  if (OLDER_WORD_IDENTS.has(ident)) return { word97OrLater: false, encrypted: false, tableStream: '0Table' };
  if (ident !== WORD_IDENT) return `its WordDocument stream does not start like a Word document (0x${ident.toString(16)})`;
  const nFib = view.getUint16(2, true);
  const flags = view.getUint16(0x0a, true);
  return {
    word97OrLater: nFib >= WORD97_NFIB,
    encrypted: (flags & F_ENCRYPTED) !== 0,
    tableStream: (flags & F_WHICH_TABLE_STREAM) !== 0 ? '1Table' : '0Table',
  };
}
