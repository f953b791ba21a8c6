/** Programmes kept in Markdown: remark-parse (with GFM tables and footnotes) gives the mdast directly. */
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import type { Root } from 'mdast';
import { decodeText } from '../text/decode.js';
import type { Reader } from './reader.js';

const processor = unified().use(remarkParse).use(remarkGfm);

const reader: Reader = {
  format: 'md',
  async read({ bytes }) {
    const tree = processor.runSync(processor.parse(decodeText(bytes))) as Root;
    return { format: 'md', tree, headers: [], metadata: {}, warnings: [] };
  },
};
export default reader;
