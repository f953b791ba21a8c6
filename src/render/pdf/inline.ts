/**
 * Model text → styled runs: typographic spacing, footnote marks at the
 * offsets the parser recorded, and URLs turned into links.
 */
import type { FootnoteRef } from '../../model/programme.js';
import type { Run } from './richtext.js';
import { COLORS, superscriptOf, type TextStyle } from './theme.js';
import { MARK_BASE, typeset } from './typography.js';

/** Footnote labels → the numbers printed, in order of first citation. */
export class FootnoteNumbers {
  private readonly numbers = new Map<string, number>();
  constructor(private readonly known: ReadonlySet<string>) {}

  /** The number for a cited label, or undefined for a label with no footnote. */
  cite(label: string): number | undefined {
    if (!this.known.has(label)) return undefined;
    let n = this.numbers.get(label);
    if (n === undefined) {
      n = this.numbers.size + 1;
      this.numbers.set(label, n);
    }
    return n;
  }

  /** Labels in the order they were numbered. */
  cited(): string[] {
    return [...this.numbers.keys()];
  }
}

const URL_PATTERN = /\b(?:https?:\/\/|www\.)[^\s<>«»"\u00A0\u202F]*[^\s<>«»"\u00A0\u202F.,;:!?)\]'’]/gi;

export interface InlineOptions {
  language: string;
  footnotes?: FootnoteNumbers;
  refs?: FootnoteRef[];
}

/** Runs for one piece of model text (a paragraph, a list item, a title). */
export function inlineRuns(text: string, style: TextStyle, options: InlineOptions): Run[] {
  const marked = insertMarks(text, options);
  const set = typeset(marked.text, options.language);
  const runs: Run[] = [];
  const sup = superscriptOf(style);
  let plain = '';
  const flushPlain = () => {
    if (plain) runs.push(...linkify(plain, style));
    plain = '';
  };
  for (const char of set) {
    const code = char.codePointAt(0) ?? 0;
    const number = marked.marks.get(code);
    if (number !== undefined) {
      flushPlain();
      runs.push({ text: String(number), style: sup, footnote: number });
    } else {
      plain += char;
    }
  }
  flushPlain();
  return runs;
}

/** Puts a private-use character where each cited footnote goes. */
function insertMarks(text: string, options: InlineOptions): { text: string; marks: Map<number, number> } {
  const marks = new Map<number, number>();
  const refs = [...(options.refs ?? [])].sort((a, b) => a.offset - b.offset);
  if (!options.footnotes || refs.length === 0) return { text, marks };
  let out = '';
  let cursor = 0;
  for (const ref of refs) {
    const number = options.footnotes.cite(ref.label);
    if (number === undefined) continue;
    const offset = Math.min(Math.max(ref.offset, cursor), text.length);
    out += text.slice(cursor, offset);
    const code = MARK_BASE + marks.size;
    marks.set(code, number);
    out += String.fromCodePoint(code);
    cursor = offset;
  }
  return { text: out + text.slice(cursor), marks };
}

function linkify(text: string, style: TextStyle): Run[] {
  const runs: Run[] = [];
  let cursor = 0;
  for (const match of text.matchAll(URL_PATTERN)) {
    const start = match.index ?? 0;
    if (start > cursor) runs.push({ text: text.slice(cursor, start), style });
    const url = match[0];
    runs.push({ text: url, style: { ...style, color: COLORS.link }, link: /^www\./i.test(url) ? `https://${url}` : url });
    cursor = start + url.length;
  }
  if (cursor < text.length) runs.push({ text: text.slice(cursor), style });
  return runs;
}
