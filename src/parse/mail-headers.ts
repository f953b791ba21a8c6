/**
 * A programme forwarded by e-mail keeps the forwarded message's headers
 * (`From:`, `Date:`, `Subject:`, `To:`) above it. Their `Date:` is when the
 * mail was sent and their `Subject:` a mail's subject: such lines are text,
 * never the event's labels.
 */
import type { LineInfo } from './classify.js';

/** A header field of an e-mail, as mail programs write them in English and French. */
const MAIL_HEADER = /^(?:from|de|to|à|cc|cci|bcc|date|sent|envoy[ée]|subject|objet|sujet|reply-to|r[ée]pondre à)[\s\u00a0]*:/iu;
const SENDER = /^(?:from|de)[\s\u00a0]*:/iu;
const SUBJECT = /^(?:subject|objet|sujet)[\s\u00a0]*:/iu;
/** Header lines in a block, at least: a sender, a subject and one more. */
const MIN_HEADER_LINES = 3;

/** The lines, with those of e-mail header blocks read as plain text (no label, date or time). */
export function withoutMailHeaders(infos: LineInfo[]): LineInfo[] {
  const plain = new Set<number>();
  for (let start = 0; start < infos.length; ) {
    let end = start;
    while (end < infos.length && infos[end]!.line.type === 'paragraph' && MAIL_HEADER.test(infos[end]!.line.text)) end++;
    const block = infos.slice(start, end).map((info) => info.line.text);
    if (block.length >= MIN_HEADER_LINES && block.some((t) => SENDER.test(t)) && block.some((t) => SUBJECT.test(t))) {
      for (let i = start; i < end; i++) plain.add(i);
    }
    start = Math.max(end, start + 1);
  }
  return plain.size === 0 ? infos : infos.map((info, i) => (plain.has(i) ? { line: info.line, time: null, date: null, label: null } : info));
}
