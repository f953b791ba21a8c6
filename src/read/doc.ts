/**
 * The .doc (Word 97–2003) reader. The OLE container is opened by a strict
 * reader of our own (`ole/cfb.ts`) and judged first: password-protected
 * files (an encrypted .doc, or an encrypted .docx, which Office stores in
 * OLE), other Office formats and damaged files are refused with one line.
 * The text then comes from word-extractor's parser (`doc/word-binary.ts`,
 * Unicode kept as is) and is mapped to mdast (`doc/stories-to-mdast.ts`).
 */
import type { SourceDocument } from '../model/document.js';
import { readFibBase, MIN_WORD_DOCUMENT_BYTES } from './doc/fib.js';
import { storiesToMdast } from './doc/stories-to-mdast.js';
import { extractRawWordText } from './doc/word-binary.js';
import { readCompoundFile } from './ole/cfb.js';
import { oleKind } from './ole/kind.js';
import { summaryInformation } from './ole/summary-information.js';
import { InputError, type Reader } from './reader.js';

const PASSWORD_PROTECTED = 'password-protected';

const reader: Reader = {
  format: 'doc',
  async read({ bytes }) {
    try {
      return await readDoc(bytes);
    } catch (error) {
      // Whatever a damaged file makes the parsers throw is one line for the user.
      if (error instanceof InputError) throw error;
      throw new InputError(`corrupt .doc: ${describe(error)}`, 'corrupt');
    }
  },
};
export default reader;

async function readDoc(bytes: Uint8Array): Promise<SourceDocument> {
  const file = readCompoundFile(bytes);
  const kind = oleKind(file);
  if (kind.kind === 'encrypted-package') throw new InputError(PASSWORD_PROTECTED, 'password-protected');
  if (kind.kind === 'rights-managed') throw new InputError(`${PASSWORD_PROTECTED} (rights management)`, 'password-protected');
  if (kind.kind === 'other') throw new InputError(`unsupported format: this is ${kind.name}, not a Word document`, 'unsupported-format');

  const wordDocument = file.stream('WordDocument') ?? new Uint8Array(0);
  const fib = readFibBase(wordDocument);
  if (typeof fib === 'string') throw new InputError(`corrupt .doc: ${fib}`, 'corrupt');
  if (fib.encrypted) throw new InputError(PASSWORD_PROTECTED, 'password-protected');
  if (!fib.word97OrLater) {
    throw new InputError('unsupported format: this is a Word 6.0/95 (or older) document; open it in Word and save it as .docx', 'unsupported-format');
  }
  if (wordDocument.length < MIN_WORD_DOCUMENT_BYTES) throw new InputError('corrupt .doc: its WordDocument stream is truncated', 'corrupt');
  if (!file.stream(fib.tableStream)) throw new InputError(`corrupt .doc: the ${fib.tableStream} stream is missing`, 'corrupt');

  const raw = await extractRawWordText(file, wordDocument);
  const { tree, headers } = storiesToMdast(raw);
  return { format: 'doc', tree, headers, metadata: summaryInformation(file), warnings: [] };
}

/** What a parser's throw means for the user: out-of-range reads are damage, anything else is said as is. */
function describe(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  if (error instanceof RangeError || code === 'ERR_OUT_OF_RANGE' || code === 'ERR_BUFFER_OUT_OF_BOUNDS') {
    return 'its internal tables point outside the file (damaged or truncated)';
  }
  return oneLine(error);
}

/** A thrown value as one short line, without a stack. */
function oneLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const line = message.split('\n')[0]?.trim() || 'unreadable';
  return line.length > 160 ? `${line.slice(0, 157)}…` : line;
}
