/**
 * Marks the sessions in the programme's mdast for HTML: each session's list
 * item gets a class (for the time column), and its time range becomes
 * `<time datetime=…>` elements that machines can read.
 *
 * The items are found by content, not position: in the programme's lists,
 * after the schedule heading, the items whose leading bold text is the
 * session's time range as `programmeToMdast` writes it, taken in session
 * order. An item that does not match is left as it is, so a change in the
 * tree's layout degrades to plain lists, never to wrong times.
 */
import type { Element, ElementContent } from 'hast';
import type { ListItem, PhrasingContent, Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { Programme, Session } from '../../model/programme.js';
import { endAfterStart } from '../../schedule/clock.js';
import { isoWithOffset } from '../../schedule/zone.js';
import { formatTime, formatTimeRange, labelsFor } from '../labels.js';

/** How many sessions were found and marked (all of them, unless the tree's layout changed). */
export function markSessions(tree: Root, programme: Programme, zone: string): number {
  const { language } = programme;
  const sessions = programme.sessions;
  let next = 0;
  for (const list of scheduleLists(tree, labelsFor(language).schedule)) {
    for (const item of list) {
      const session = sessions[next];
      if (!session) return next;
      const time = leadingStrong(item);
      if (!time || toString(time) !== formatTimeRange(session, language)) continue;
      item.data = { ...item.data, hProperties: { className: ['session', `session-${session.kind}`] } };
      time.data = { ...time.data, hName: 'span', hProperties: { className: ['session-time'] }, hChildren: timeElements(session, language, zone) };
      next += 1;
    }
  }
  return next;
}

/** The items of the root's lists that follow the schedule heading (all root lists if there is none). */
function scheduleLists(tree: Root, heading: string): ListItem[][] {
  const start = tree.children.findIndex((node) => node.type === 'heading' && node.depth === 2 && toString(node) === heading);
  return tree.children
    .slice(start + 1)
    .filter((node: RootContent): node is Extract<RootContent, { type: 'list' }> => node.type === 'list')
    .map((list) => list.children);
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
