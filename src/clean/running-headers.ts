/**
 * Running headers and footers: text extractions repeat them on every page,
 * in the body. A line is page furniture when the same text (at least a few
 * words, not a schedule line nor a session's speaker or chair line: the same
 * person may speak or chair twice) occurs more than once and at least one
 * occurrence sits at a page edge: the top or bottom of the document, next to
 * a page break, or beside a picture (logos). Every occurrence moves to the
 * document's `headers`, where organizer detection reads them. Lines equal to
 * a header the reader found apart (.docx, .doc) are dropped from the body too.
 */
import type { Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { SourceDocument } from '../model/document.js';
import { layoutOf, removeBlock } from '../mdast/layout.js';
import { collapseSpace, foldForMatch } from '../text/normalize.js';
import { startsWithTime } from '../parse/time.js';
import { isChairLine, parseSpeakerLine, showsPerson, speakerListIntro } from '../parse/speakers.js';

const MIN_HEADER_LENGTH = 12;
/** How many blocks from either end of the document count as "the edge". */
const EDGE = 3;

export function runningHeaders(doc: SourceDocument): void {
  const blocks = doc.tree.children;
  const keyOf = (node: RootContent) => (node.type === 'paragraph' ? foldForMatch(textOf(node)) : '');
  const known = new Set(doc.headers.map(foldForMatch).filter((k) => k.length >= MIN_HEADER_LENGTH));

  const positions = new Map<string, number[]>();
  blocks.forEach((node, index) => {
    const key = keyOf(node);
    if (key.length < MIN_HEADER_LENGTH || startsWithTime(key) || isSessionSubLine(textOf(node))) return;
    positions.set(key, [...(positions.get(key) ?? []), index]);
  });

  const atEdge = (index: number) => {
    const node = blocks[index]!;
    const next = blocks[index + 1];
    return (
      index < EDGE ||
      index >= blocks.length - EDGE ||
      layoutOf(node).pageBreakBefore === true ||
      (next !== undefined && layoutOf(next).pageBreakBefore === true) ||
      (node.type === 'paragraph' && node.children.some((c) => c.type === 'image'))
    );
  };

  const furniture = new Set<number>();
  for (const [key, indexes] of positions) {
    const repeated = indexes.length > 1 && indexes.some(atEdge);
    if (repeated || known.has(key)) indexes.forEach((i) => furniture.add(i));
  }
  const found: string[] = [];
  for (const index of [...furniture].sort((a, b) => b - a)) {
    const text = collapseSpace(textOf(blocks[index]!));
    if (!found.includes(text)) found.unshift(text);
    removeBlock(doc.tree, index);
  }
  for (const text of found) if (!doc.headers.includes(text)) doc.headers.push(text);
}

/** `Speaker: …`, `Chair: …`, `Intervenants : …`, `M. Name, role`: part of a session, however often repeated. */
function isSessionSubLine(text: string): boolean {
  const line = collapseSpace(text);
  return isChairLine(line) || speakerListIntro(line) !== null || isPersonWithRole(line);
}

/** `M. Name, role` / `Dr Name (Org)`: a person, titled or with a role; an organisation's name alone stays a possible header. */
function isPersonWithRole(line: string): boolean {
  const speakers = parseSpeakerLine(line);
  return speakers !== null && speakers.some(showsPerson);
}

function textOf(node: RootContent): string {
  return toString(node, { includeImageAlt: false });
}

export type { Root };
