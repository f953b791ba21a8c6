/**
 * Marks the sessions in the programme's mdast for HTML: each session's list
 * item (tagged with its index by `programmeToMdast`) gets a class for the
 * time column, and its time range becomes `<time datetime=…>` elements that
 * machines can read.
 */
import type { Element, ElementContent } from 'hast';
import type { ListItem, PhrasingContent, Root } from 'mdast';
import { visit } from 'unist-util-visit';
import type { Programme, Session } from '../../model/programme.js';
import { endAfterStart } from '../../schedule/clock.js';
import { isoWithOffset } from '../../schedule/zone.js';
import { formatTime } from '../labels.js';
import type { SessionItemData } from '../markdown/tree.js';

/** How many sessions were found and marked. */
export function markSessions(tree: Root, programme: Programme, zone: string): number {
  let marked = 0;
  visit(tree, 'listItem', (item: ListItem) => {
    const index = (item.data as Partial<SessionItemData> | undefined)?.sessionIndex;
    const session = index === undefined ? undefined : programme.sessions[index];
    const time = leadingStrong(item);
    if (!session || !time) return;
    item.data = { ...item.data, hProperties: { className: ['session', `session-${session.kind}`] } };
    time.data = { ...time.data, hName: 'span', hProperties: { className: ['session-time'] }, hChildren: timeElements(session, programme.language, zone) };
    marked += 1;
  });
  return marked;
}

function leadingStrong(item: ListItem): Extract<PhrasingContent, { type: 'strong' }> | undefined {
  const first = item.children[0];
  if (first?.type !== 'paragraph') return undefined;
  const lead = first.children[0];
  return lead?.type === 'strong' ? lead : undefined;
}

/** `<time datetime="…T09:30:00+01:00">9h30</time> – <time …>9h50</time>`; an undated session gets times of day only. */
function timeElements(session: Session, language: string, zone: string): ElementContent[] {
  const start = session.date === null ? null : { date: session.date, time: session.start };
  const stamp = (time: string, end: boolean): string =>
    start === null ? time : isoWithOffset(end ? endAfterStart(start, time) : start, zone);
  const element = (time: string, end: boolean): Element => ({
    type: 'element',
    tagName: 'time',
    properties: { dateTime: stamp(time, end) },
    children: [{ type: 'text', value: formatTime(time, language) }],
  });
  const parts: ElementContent[] = [element(session.start, false)];
  if (session.end !== null) parts.push({ type: 'text', value: '\u00a0–\u00a0' }, element(session.end, true));
  return parts;
}
