/** Web addresses written in a programme's text (`http(s)://…`, `www.…`), found once for every renderer. */

// Trailing punctuation belongs to the sentence, not the address.
const URL_PATTERN = /\b(?:https?:\/\/|www\.)[^\s<>"«»]+[^\s<>"«».,;:!?)\]’]/giu;

export type TextPart = { type: 'text'; value: string } | { type: 'url'; value: string; href: string };

export function splitUrls(value: string): TextPart[] {
  const parts: TextPart[] = [];
  let last = 0;
  for (const match of value.matchAll(URL_PATTERN)) {
    const url = match[0];
    if (match.index > last) parts.push({ type: 'text', value: value.slice(last, match.index) });
    parts.push({ type: 'url', value: url, href: url.toLowerCase().startsWith('www.') ? `https://${url}` : url });
    last = match.index + url.length;
  }
  if (last < value.length || parts.length === 0) parts.push({ type: 'text', value: value.slice(last) });
  return parts;
}
