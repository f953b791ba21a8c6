import { expect, test } from 'vitest';
import type { Root, Table } from 'mdast';
import { DEFAULT_LIMITS } from '../../src/read/limits.js';
import reader from '../../src/read/markdown.js';
import { toLines } from '../../src/parse/lines.js';

const read = async (text: string): Promise<Root> => (await reader.read({ bytes: new TextEncoder().encode(text), fileName: 'x.md', limits: DEFAULT_LIMITS })).tree;

test('<br>, <br/> and <br /> inside a table cell become line breaks', async () => {
  const tree = await read('| Time | Who |\n|---|---|\n| 9h00 | Alice Martin<br>Bruno Petit<br/>Chloé Roy<br />Denis Faure |\n');
  const table = tree.children[0] as Table;
  const cell = table.children[1]!.children[1]!;
  expect(cell.children.map((n) => n.type)).toEqual(['text', 'break', 'text', 'break', 'text', 'break', 'text']);
  expect(toLines(tree).lines[1]!.cells![1]).toEqual(['Alice Martin', 'Bruno Petit', 'Chloé Roy', 'Denis Faure']);
});

test('other inline html is left alone', async () => {
  const tree = await read('Some <span>text</span> here\n');
  const types = (tree.children[0] as { children: Array<{ type: string }> }).children.map((n) => n.type);
  expect(types).toContain('html');
  expect(types).not.toContain('break');
});
