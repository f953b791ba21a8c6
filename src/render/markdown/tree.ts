/**
 * The whole programme as one mdast tree: the Markdown renderer writes it
 * with remark-stringify, the HTML renderer turns it into hast. Footnote
 * references go back where the document cited them.
 */
import type { BlockContent, FootnoteDefinition, ListItem, PhrasingContent, Root, RootContent } from 'mdast';
import type { Block, FootnoteRef, Programme, Session } from '../../model/programme.js';
import { splitUrls } from '../../text/urls.js';
import { formatDaySpan, formatDayWithHours, formatSpeaker, formatTimeRange, formatVenue, labelsFor, organizerLine } from '../labels.js';

export function programmeToMdast(programme: Programme): Root {
  const { language } = programme;
  const children: RootContent[] = [];
  if (programme.title) children.push({ type: 'heading', depth: 1, children: [text(programme.title)] });

  const facts: string[] = [];
  if (programme.organizers.length > 0) facts.push(organizerLine(programme));
  if (programme.days.length === 1) facts.push(formatDayWithHours(programme.days[0]!, language));
  else if (programme.days.length > 1) facts.push(formatDaySpan(programme.days, language)!);
  if (programme.venue) facts.push(formatVenue(programme.venue));
  if (facts.length > 0) {
    children.push({ type: 'paragraph', children: facts.flatMap((f, i) => (i === 0 ? [strong(f)] : [{ type: 'break' } as const, strong(f)])) });
  }
  children.push(...programme.description.map(blockToMdast));

  if (programme.sessions.length > 0) {
    children.push({ type: 'heading', depth: 2, children: [text(labelsFor(language).schedule)] });
    const multiDay = new Set(programme.sessions.map((s) => s.date)).size > 1;
    let date: string | null | undefined;
    let section: string | undefined;
    let list: ListItem[] = [];
    const flush = () => {
      if (list.length > 0) children.push({ type: 'list', ordered: false, spread: false, children: list });
      list = [];
    };
    for (const [index, session] of programme.sessions.entries()) {
      if (multiDay && session.date !== date) {
        flush();
        date = session.date;
        section = undefined;
        const day = programme.days.find((d) => d.date === date);
        children.push({ type: 'heading', depth: 3, children: [text(day ? formatDayWithHours(day, language) : (date ?? '—'))] });
        for (const note of day?.notes ?? []) children.push({ type: 'paragraph', children: [text(note)] });
      }
      if (session.section && session.section !== section) {
        flush();
        section = session.section;
        children.push({ type: 'heading', depth: multiDay ? 4 : 3, children: [text(section)] });
      }
      list.push(sessionItem(session, index, language));
    }
    flush();
  }

  if (programme.annex.length > 0) {
    children.push({ type: 'thematicBreak' });
    children.push(...programme.annex.map(blockToMdast));
  }
  const definitions: FootnoteDefinition[] = programme.footnotes.map((note) => ({
    type: 'footnoteDefinition',
    identifier: note.label,
    label: note.label,
    children: [{ type: 'paragraph', children: linked(note.text) }],
  }));
  children.push(...definitions);
  return { type: 'root', children };
}

/** Marks a session's list item, so that renderers of this tree (HTML) find sessions without guessing. */
export interface SessionItemData {
  sessionIndex: number;
}

function sessionItem(session: Session, index: number, language: string): ListItem {
  const head: PhrasingContent[] = [strong(formatTimeRange(session, language)), text(' '), ...withRefs(session.title, session.footnoteRefs)];
  const details: ListItem[] = [
    ...session.speakers.map((s) => item([emphasis(formatSpeaker(s, language))])),
    ...session.notes.map((n) => item(linked(n))),
  ];
  const children: BlockContent[] = [{ type: 'paragraph', children: head }];
  if (details.length > 0) children.push({ type: 'list', ordered: false, spread: false, children: details });
  const data: SessionItemData = { sessionIndex: index };
  return { type: 'listItem', spread: false, children, data: data as ListItem['data'] };
}

function blockToMdast(block: Block): RootContent {
  switch (block.type) {
    case 'paragraph':
      return { type: 'paragraph', children: withRefs(block.text, block.footnoteRefs) };
    case 'heading':
      return { type: 'heading', depth: Math.min(6, Math.max(2, block.depth ?? 2)) as 2 | 3 | 4 | 5 | 6, children: withRefs(block.text, block.footnoteRefs) };
    case 'list':
      return {
        type: 'list',
        ordered: block.ordered === true,
        spread: false,
        children: block.items.map((entry, index) => item(withRefs(entry, block.footnoteRefs?.filter((r) => r.item === index)))),
      };
    case 'table':
      return {
        type: 'table',
        children: block.rows.map((row) => ({ type: 'tableRow', children: row.map((cell) => ({ type: 'tableCell', children: [text(cell.replace(/\n/gu, ' '))] })) })),
      };
  }
}

/** Text with footnote references put back at their offsets. */
function withRefs(value: string, refs: FootnoteRef[] | undefined): PhrasingContent[] {
  if (!refs || refs.length === 0) return linked(value);
  const out: PhrasingContent[] = [];
  let last = 0;
  for (const ref of [...refs].sort((a, b) => a.offset - b.offset)) {
    if (ref.offset > last) out.push(...linked(value.slice(last, ref.offset)));
    out.push({ type: 'footnoteReference', identifier: ref.label, label: ref.label });
    last = Math.max(last, ref.offset);
  }
  if (last < value.length) out.push(...linked(value.slice(last)));
  return out;
}

/** Text, with web addresses made into links (clickable in HTML, no escaping noise in Markdown). */
function text(value: string): PhrasingContent {
  return { type: 'text', value };
}

function linked(value: string): PhrasingContent[] {
  return splitUrls(value).map((part) => (part.type === 'text' ? text(part.value) : { type: 'link', url: part.href, children: [text(part.value)] }));
}
const strong = (value: string): PhrasingContent => ({ type: 'strong', children: [text(value)] });
const emphasis = (value: string): PhrasingContent => ({ type: 'emphasis', children: [text(value)] });
const item = (children: PhrasingContent[]): ListItem => ({ type: 'listItem', spread: false, children: [{ type: 'paragraph', children }] });
