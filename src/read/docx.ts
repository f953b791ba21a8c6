/**
 * The .docx reader. The zip is judged first (`zip/inspect.ts`: sizes,
 * entry count, ratios, encryption, names, XML safety) so that nothing
 * hostile reaches mammoth; mammoth then converts the body to HTML (reading
 * the parts the inspection inflated), which becomes the mdast tree (`docx/html-to-mdast.ts`). Running headers and
 * footers, which mammoth skips, and the core properties are read from the
 * already-inspected XML parts.
 */
import type { SourceDocument } from '../model/document.js';
import type { ProgrammeWarning } from '../model/programme.js';
import { htmlToMdast } from './docx/html-to-mdast.js';
import { convertWithMammoth } from './docx/mammoth-convert.js';
import { isOle, oleError } from './docx/ole.js';
import { packageFile } from './docx/package-file.js';
import { coreProperties, runningHeaderLines } from './docx/package-parts.js';
import { InputError, type Reader } from './reader.js';
import { inspectZip } from './zip/inspect.js';

const reader: Reader = {
  format: 'docx',
  async read({ bytes, limits }) {
    const deadline = startDeadline(limits.timeoutMs);
    if (isOle(bytes)) throw oleError(bytes);
    if (bytes.length > limits.maxInputBytes) {
      throw new InputError(`too large: the file is over the ${Math.round(limits.maxInputBytes / 1048576)} MB input limit`, 'too-large');
    }
    const pkg = inspectZip(bytes, limits);
    deadline.check();
    const { html, messages } = await convertWithMammoth(packageFile(bytes, pkg), bytes);
    deadline.check();
    const tree = htmlToMdast(html);
    const document: SourceDocument = {
      format: 'docx',
      tree,
      headers: runningHeaderLines(pkg.mainDocument, pkg.xml),
      metadata: coreProperties(pkg.xml),
      warnings: mammothWarnings(messages),
    };
    deadline.check();
    return document;
  },
};

export default reader;

/**
 * Stops between stages once the time limit is spent (a single stage cannot
 * be interrupted here; the pipeline's worker enforces the hard limit).
 */
function startDeadline(timeoutMs: number) {
  const started = performance.now();
  return {
    check() {
      if (performance.now() - started > timeoutMs) {
        throw new InputError(`timeout: reading the .docx took longer than ${Math.round(timeoutMs / 1000)} s`, 'timeout');
      }
    },
  };
}

/**
 * mammoth's messages worth a user's attention: content it could not
 * convert. Unknown style names are routine in real documents and skipped.
 */
function mammothWarnings(messages: string[]): ProgrammeWarning[] {
  const kept = [...new Set(messages.filter((m) => !ROUTINE_MESSAGES.test(m)))];
  return kept.map((message) => ({ code: 'docx-content-skipped', message: `Word content not converted: ${message}` }));
}

/** Style bookkeeping, browser display hints and property elements: no text is lost. */
const ROUTINE_MESSAGES = /style|unlikely to display in web browsers|ignored: w:(tblPrEx|\w+Change)\b/i;
