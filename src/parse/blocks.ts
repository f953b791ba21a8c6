/** Lines of prose (before or after the schedule) → the contract's blocks, lists and tables kept together. */
import type { Block, FootnoteRef } from '../model/programme.js';
import type { Line } from './lines.js';

export function linesToBlocks(lines: Line[]): Block[] {
  const blocks: Block[] = [];
  let currentList: { id: number; block: Extract<Block, { type: 'list' }> } | null = null;
  let currentTable: Extract<Block, { type: 'table' }> | null = null;
  let previousLine: Line | undefined;
  for (const line of lines) {
    if (line.type !== 'listItem') currentList = null;
    if (line.type !== 'tableRow') currentTable = null;
    if (line.type === 'listItem' && line.list) {
      if (!currentList || currentList.id !== line.list.id) {
        const block: Extract<Block, { type: 'list' }> = { type: 'list', items: [] };
        if (line.list.ordered) block.ordered = true;
        currentList = { id: line.list.id, block };
        blocks.push(block);
      }
      const item = currentList.block.items.length;
      currentList.block.items.push(line.text);
      addRefs(currentList.block, line.footnoteRefs.map((r) => ({ ...r, item })));
    } else if (line.type === 'tableRow') {
      if (!currentTable) {
        currentTable = { type: 'table', rows: [] };
        blocks.push(currentTable);
      }
      currentTable.rows.push((line.cells ?? []).map((c) => c.join('\n')));
    } else if (line.type === 'heading') {
      const block: Block = { type: 'heading', text: line.text, ...(line.depth ? { depth: line.depth } : {}) };
      addRefs(block, line.footnoteRefs);
      blocks.push(block);
    } else {
      const previous = blocks.at(-1);
      // A typed paragraph wrapped by hand: the line goes on from the one above.
      if (previous?.type === 'paragraph' && previousLine?.type === 'paragraph' && continuesProse(previousLine, line)) {
        addRefs(previous, line.footnoteRefs.map((r) => ({ ...r, offset: r.offset + previous.text.length + 1 })));
        previous.text = `${previous.text} ${line.text}`;
      } else {
        const block: Block = { type: 'paragraph', text: line.text };
        addRefs(block, line.footnoteRefs);
        blocks.push(block);
      }
    }
    previousLine = line;
  }
  return blocks;
}

/** Lines of prose this long or longer were cut by the typist's line width, not ended. */
const WRAPPED_WIDTH = 50;

/** "… staff who teach or" then "support learning. This year …": no blank line, no end of sentence, a lower-case word next. */
function continuesProse(above: Line, line: Line): boolean {
  return line.blankLinesBefore === 0 && !line.pageBreakBefore && above.text.length >= WRAPPED_WIDTH && !/[.!?:;]$/u.test(above.text) && /^\p{Ll}/u.test(line.text);
}

function addRefs(block: { footnoteRefs?: FootnoteRef[] }, refs: FootnoteRef[]): void {
  if (refs.length > 0) block.footnoteRefs = [...(block.footnoteRefs ?? []), ...refs];
}
