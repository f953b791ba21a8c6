import { describe, expect, test } from 'vitest';
import { classifyLine } from '../../src/parse/classify.js';
import type { Line } from '../../src/parse/lines.js';

const line = (text: string): Line => ({ text, raw: text, type: 'paragraph', strong: false, blankLinesBefore: 0, pageBreakBefore: false, indent: 0, footnoteRefs: [] });

describe('a date with the day’s hours beside it', () => {
  test('in a document whose times trail the titles, a dated line stays a date', () => {
    const info = classifyLine(line('Thursday 12 November 2026, 7.30am - 12 noon'), 'en', 'trailing');
    expect(info.time).toBeNull();
    expect(info.date).toMatchObject({ date: '2026-11-12', hours: { start: '07:30', end: '12:00' } });
  });
});
