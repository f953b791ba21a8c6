/** Clean Markdown (GFM: tables and footnotes), written from the programme's mdast by remark-stringify. */
import remarkGfm from 'remark-gfm';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';
import type { Renderer } from '../renderer.js';
import { programmeToMdast } from './tree.js';

const processor = unified().use(remarkGfm).use(remarkStringify, { bullet: '-', emphasis: '*', strong: '*', rule: '-', listItemIndent: 'one' });

const renderer: Renderer = {
  format: 'md',
  extension: 'md',
  mediaType: 'text/markdown',
  render(programme) {
    return new TextEncoder().encode(processor.stringify(programmeToMdast(programme)));
  },
};
export default renderer;
