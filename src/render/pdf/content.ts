/**
 * The programme as a list of measured items, in reading order: header
 * (title, date, venue), description, schedule by day, annex, then any
 * footnote that no text cites.
 */
import type { Block, FootnoteRef, Programme, Session, Speaker } from '../../model/programme.js';
import type { Struct, TextBlock } from './flow.js';
import { blockHeight, textBlock } from './flow.js';
import { type FootnoteNumbers, inlineRuns } from './inline.js';
import { type Item, minStartLines, textItem } from './items.js';
import { formatCityLine } from '../labels.js';
import type { Labels } from './labels.js';
import { breakLines, type Measurer, type Run } from './richtext.js';
import { COLORS, type PageGeometry, STYLES, type TextStyle } from './theme.js';
import { formatDay, formatTimeRange, NBSP, typeset } from './typography.js';
import { primaryTag } from './labels.js';

export interface BuildContext {
  programme: Programme;
  language: string;
  labels: Labels;
  measure: Measurer;
  geometry: PageGeometry;
  footnotes: FootnoteNumbers;
  /** The structure element new content goes into (the document). */
  root: () => Struct;
}

const SESSION_PAD = 6;
const TIME_GUTTER = 14;
const LIST_INDENT = 16;

export function buildItems(ctx: BuildContext): Item[] {
  const { programme, labels } = ctx;
  const items: Item[] = [...headerItems(ctx)];
  items.push(...blockItems(programme.description, ctx));
  items.push(...scheduleItems(ctx));
  if (programme.annex.length > 0) {
    if (programme.annex[0]?.type !== 'heading') items.push(sectionHeading(labels.annex, ctx));
    items.push(...blockItems(programme.annex, ctx));
  }
  return items;
}

/** Footnotes no text cites are printed at the end, under their own heading. */
export function endnoteItems(labelsInOrder: { number: number; text: string }[], ctx: BuildContext): Item[] {
  if (labelsInOrder.length === 0) return [];
  const items: Item[] = [sectionHeading(ctx.labels.notes, ctx)];
  const { left } = ctx.geometry;
  for (const note of labelsInOrder) {
    const runs: Run[] = [{ text: `${note.number}.${NBSP}`, style: STYLES.footnote }, ...inlineRuns(note.text, STYLES.footnote, { language: ctx.language })];
    items.push(textItem(lines(runs, width(ctx), ctx, STYLES.footnote), ctx.root, 'Note', left, 3));
  }
  return items;
}

const width = (ctx: BuildContext): number => ctx.geometry.right - ctx.geometry.left;

function lines(runs: Run[], maxWidth: number, ctx: BuildContext, style: TextStyle): TextBlock {
  return textBlock(breakLines(runs, maxWidth, ctx.measure), style);
}

function plain(text: string, style: TextStyle, ctx: BuildContext, maxWidth = width(ctx)): TextBlock {
  return lines(inlineRuns(text, style, { language: ctx.language }), maxWidth, ctx, style);
}

function sectionHeading(text: string, ctx: BuildContext, spaceBefore = 20): Item {
  const block = plain(text, STYLES.sectionHeading, ctx);
  return textItem(block, ctx.root, 'H2', ctx.geometry.left, spaceBefore, {
    keepWithNext: true,
    onPlace: (flow) => {
      flow.doc.outline.addItem(typeset(text, ctx.language));
    },
  });
}

// ——— Header ———

function headerItems(ctx: BuildContext): Item[] {
  const { programme, language, geometry } = ctx;
  const items: Item[] = [];
  const { left } = geometry;
  const organizers = programme.organizers.map((o) => (o.acronym && !o.name.includes(o.acronym) ? `${o.name} (${o.acronym})` : o.name));
  if (organizers.length > 0) {
    items.push(textItem(plain(organizers.join(' · '), STYLES.organizer, ctx), ctx.root, 'P', left, 0));
  }
  const title = programme.title ?? ctx.labels.untitled;
  items.push(textItem(plain(title, STYLES.title, ctx), ctx.root, 'H1', left, organizers.length > 0 ? 8 : 0, { keepWithNext: true }));

  const dateLine = dateLineText(ctx);
  if (dateLine) items.push(textItem(plain(dateLine, STYLES.dateLine, ctx), ctx.root, 'P', left, 10, { keepWithNext: true }));

  const venue = programme.venue;
  if (venue) {
    const barX = left;
    const textX = left + 12;
    const w = width(ctx) - 12;
    const blocks: TextBlock[] = [];
    if (venue.name) blocks.push(plain(venue.name, STYLES.venueName, ctx, w));
    if (venue.address) blocks.push(plain(venue.address, STYLES.venue, ctx, w));
    const city = formatCityLine(venue);
    if (city) blocks.push(plain(city, STYLES.venue, ctx, w));
    if (venue.access) {
      const runs: Run[] = [
        { text: `${ctx.labels.access}${primaryTag(language) === 'fr' ? `${NBSP}:` : ':'} `, style: STYLES.venueLabel },
        ...inlineRuns(venue.access, STYLES.venue, { language }),
      ];
      blocks.push(lines(runs, w, ctx, STYLES.venue));
    }
    if (blocks.length > 0) {
      const height = blocks.reduce((sum, b) => sum + blockHeight(b), 0);
      items.push({
        spaceBefore: 8,
        minStart: height,
        startNotes: [],
        place(flow) {
          const top = flow.y;
          flow.artifact(() => {
            flow.doc.save().rect(barX, top + 2, 2.5, height - 4).fillColor(COLORS.accent).fill().restore();
          });
          const element = flow.struct(ctx.root(), 'P');
          for (const block of blocks) flow.placeLines(element, block, textX);
          element.end();
        },
      });
    }
  }
  items.push({
    spaceBefore: 14,
    minStart: 1,
    startNotes: [],
    place(flow) {
      flow.rule(geometry.left, geometry.right, flow.y, COLORS.accent, 0.8);
      flow.y += 1;
    },
  });
  return items;
}

/** One day: its date and hours in the header; several: first and last date. */
function dateLineText(ctx: BuildContext): string | null {
  const { days } = ctx.programme;
  const first = days[0];
  const last = days[days.length - 1];
  if (!first || !last) return null;
  if (days.length === 1) {
    const hours = formatTimeRange(first.start, first.end, ctx.language);
    return hours ? `${formatDay(first, ctx.language)}  ·  ${hours}` : formatDay(first, ctx.language);
  }
  return `${formatDay(first, ctx.language)} – ${formatDay(last, ctx.language)}`;
}

// ——— Description and annex blocks ———

function blockItems(blocks: readonly Block[], ctx: BuildContext): Item[] {
  const items: Item[] = [];
  const { left } = ctx.geometry;
  const opts = { language: ctx.language, footnotes: ctx.footnotes };
  for (const block of blocks) {
    switch (block.type) {
      case 'paragraph': {
        const runs = inlineRuns(block.text, STYLES.body, { ...opts, refs: block.footnoteRefs ?? [] });
        items.push(textItem(lines(runs, width(ctx), ctx, STYLES.body), ctx.root, 'P', left, 7));
        break;
      }
      case 'heading': {
        const depth = block.depth ?? 2;
        const style = depth <= 1 ? STYLES.sectionHeading : STYLES.subHeading;
        const runs = inlineRuns(block.text, style, { ...opts, refs: block.footnoteRefs ?? [] });
        const text = typeset(block.text, ctx.language);
        items.push(
          textItem(lines(runs, width(ctx), ctx, style), ctx.root, `H${Math.min(depth + 1, 6)}`, left, depth <= 1 ? 20 : 14, {
            keepWithNext: true,
            onPlace: depth <= 2 ? (flow) => void flow.doc.outline.addItem(text) : undefined,
          }),
        );
        break;
      }
      case 'list':
        items.push(...listItems(block.items, block.ordered ?? false, block.footnoteRefs ?? [], ctx));
        break;
      case 'table':
        items.push(...tableItems(block.rows, ctx));
        break;
    }
  }
  return items;
}

function listItems(entries: readonly string[], ordered: boolean, refs: readonly FootnoteRef[], ctx: BuildContext): Item[] {
  const { left } = ctx.geometry;
  let list: Struct | undefined;
  const bodyWidth = width(ctx) - LIST_INDENT;
  return entries.map((entry, index): Item => {
    const itemRefs = refs.filter((r) => (r.item ?? 0) === index);
    const runs = inlineRuns(entry, STYLES.body, { language: ctx.language, footnotes: ctx.footnotes, refs: itemRefs });
    const body = lines(runs, bodyWidth, ctx, STYLES.body);
    const label = plain(ordered ? `${index + 1}.` : '•', STYLES.bullet, ctx, LIST_INDENT);
    const startLines = minStartLines(body.lines.length);
    return {
      spaceBefore: index === 0 ? 5 : 3,
      minStart: startLines * body.lineHeight,
      startNotes: body.lines.slice(0, startLines).flatMap((l) => l.footnotes),
      place(flow) {
        if (index === 0) list = flow.struct(ctx.root(), 'L');
        const parent = list as Struct;
        const item = flow.struct(parent, 'LI');
        const lbl = flow.struct(item, 'Lbl');
        flow.drawLines(lbl, label, ordered ? left : left + 4, flow.y);
        lbl.end();
        const lbody = flow.struct(item, 'LBody');
        flow.flowBlock(lbody, body, left + LIST_INDENT);
        lbody.end();
        item.end();
        if (index === entries.length - 1) parent.end();
      },
    };
  });
}

function tableItems(rows: readonly (readonly string[])[], ctx: BuildContext): Item[] {
  const columns = Math.max(0, ...rows.map((r) => r.length));
  if (columns === 0) return [];
  const { left } = ctx.geometry;
  const pad = 4;
  const colWidth = width(ctx) / columns;
  const hasHeader = rows.length > 1;
  let table: Struct | undefined;
  return rows.map((row, r): Item => {
    const header = hasHeader && r === 0;
    const style = header ? STYLES.tableHeader : STYLES.tableCell;
    const cells = Array.from({ length: columns }, (_, c) => plain(row[c] ?? '', style, ctx, colWidth - 2 * pad));
    const height = Math.max(...cells.map(blockHeight), style.size * style.leading) + 2 * pad;
    return {
      spaceBefore: r === 0 ? 8 : 0,
      minStart: height,
      startNotes: [],
      place(flow) {
        if (r === 0) table = flow.struct(ctx.root(), 'Table');
        const parent = table as Struct;
        const top = flow.y;
        if (r === 0 || flow.atTop) flow.rule(left, left + width(ctx), top, COLORS.muted, header ? 0.8 : 0.5);
        const tr = flow.struct(parent, 'TR');
        cells.forEach((cell, c) => {
          const td = flow.struct(tr, header ? 'TH' : 'TD', header ? { scope: 'Column' } : {});
          flow.drawLines(td, cell, left + c * colWidth + pad, top + pad);
          td.end();
        });
        tr.end();
        flow.y = top + height;
        flow.rule(left, left + width(ctx), flow.y, header ? COLORS.muted : COLORS.rule, header ? 0.8 : 0.5);
        if (r === rows.length - 1) parent.end();
      },
    };
  });
}

// ——— Schedule ———

function scheduleItems(ctx: BuildContext): Item[] {
  const { programme, language } = ctx;
  if (programme.sessions.length === 0) return [];
  const timeTexts = programme.sessions.map((s) => formatTimeRange(s.start, s.end, language));
  const widest = Math.max(...timeTexts.map((t) => ctx.measure.width(t, STYLES.time)));
  const timeWidth = Math.min(Math.max(widest + 2, 48), 100);
  const manyDays = new Set(programme.sessions.map((s) => s.date).filter(Boolean)).size > 1 || programme.days.length > 1;

  const items: Item[] = [];
  let table: Struct | undefined;
  let firstInTable = true;
  const openTable = (): Item => ({
    spaceBefore: 0,
    minStart: 0,
    startNotes: [],
    place(flow) {
      table?.end();
      table = flow.struct(ctx.root(), 'Table');
      firstInTable = true;
    },
  });
  if (!manyDays) items.push(sectionHeading(ctx.labels.schedule, ctx), openTable());
  let currentDate: string | null | undefined;
  programme.sessions.forEach((session, index) => {
    if (manyDays && session.date && session.date !== currentDate) {
      const day = programme.days.find((d) => d.date === session.date) ?? { date: session.date };
      items.push(sectionHeading(formatDay(day, language), ctx, 24), openTable());
      currentDate = session.date;
    } else if (manyDays && index === 0) {
      items.push(sectionHeading(ctx.labels.schedule, ctx), openTable());
      currentDate = session.date;
    }
    const item = sessionItem(session, timeTexts[index] ?? '', timeWidth, ctx, () => {
      const first = firstInTable;
      firstInTable = false;
      return { table: table as Struct, first };
    });
    items.push(item);
  });
  items.push({ spaceBefore: 0, minStart: 0, startNotes: [], place: () => table?.end() });
  return items;
}

const LIGHT_KINDS = new Set(['welcome', 'break', 'meal']);

function sessionItem(
  session: Session,
  timeText: string,
  timeWidth: number,
  ctx: BuildContext,
  row: () => { table: Struct; first: boolean },
): Item {
  const { left } = ctx.geometry;
  const contentX = left + timeWidth + TIME_GUTTER;
  const contentWidth = ctx.geometry.right - contentX;
  const time = plain(timeText, STYLES.time, ctx, timeWidth);
  const titleStyle = LIGHT_KINDS.has(session.kind) ? STYLES.sessionTitleLight : STYLES.sessionTitle;
  const titleRuns = inlineRuns(session.title, titleStyle, { language: ctx.language, footnotes: ctx.footnotes, refs: session.footnoteRefs ?? [] });
  const parts: { block: TextBlock; gap: number }[] = [{ block: lines(titleRuns, contentWidth, ctx, titleStyle), gap: 0 }];
  session.speakers.forEach((speaker, i) => {
    parts.push({ block: lines(speakerRuns(speaker, ctx), contentWidth, ctx, STYLES.speaker), gap: i === 0 ? 2 : 0 });
  });
  session.notes.forEach((note, i) => parts.push({ block: plain(note, STYLES.note, ctx, contentWidth), gap: i === 0 ? 2 : 0 }));
  const contentHeight = parts.reduce((sum, p) => sum + p.gap + blockHeight(p.block), 0);
  const height = SESSION_PAD * 2 + Math.max(blockHeight(time), contentHeight);
  const notes = parts.flatMap((p) => p.block.lines.flatMap((l) => l.footnotes));

  return {
    spaceBefore: 0,
    minStart: height,
    startNotes: notes,
    place(flow) {
      const { table, first } = row();
      if (!first && !flow.atTop) flow.rule(left, ctx.geometry.right, flow.y, COLORS.rule, 0.5);
      const tr = flow.struct(table, 'TR');
      const th = flow.struct(tr, 'TH', { scope: 'Row' });
      const td = flow.struct(tr, 'TD');
      if (flow.fits(height, notes)) {
        // The usual case: the whole session on this page.
        const top = flow.y + SESSION_PAD;
        flow.cite(notes);
        // The time sits on the title's first baseline.
        const first = parts[0]?.block ?? time;
        flow.drawLines(th, time, left, top + flow.baselineOffset(first) - flow.baselineOffset(time));
        let y = top;
        for (const part of parts) {
          y += part.gap;
          const p = flow.struct(td, 'P');
          flow.drawLines(p, part.block, contentX, y);
          p.end();
          y += blockHeight(part.block);
        }
        flow.y += height;
      } else {
        // Taller than a page: let its lines run over pages.
        flow.y += SESSION_PAD;
        flow.drawLines(th, time, left, flow.y);
        for (const part of parts) {
          flow.skip(part.gap);
          const p = flow.struct(td, 'P');
          flow.flowBlock(p, part.block, contentX);
          p.end();
        }
        flow.y += SESSION_PAD;
      }
      th.end();
      td.end();
      tr.end();
    },
  };
}

/** "Name, affiliation" in italics, "Name : topic" with the topic in roman. */
function speakerRuns(speaker: Speaker, ctx: BuildContext): Run[] {
  const { language } = ctx;
  const runs: Run[] = [...inlineRuns(speaker.name, STYLES.speaker, { language })];
  if (speaker.affiliation) runs.push(...inlineRuns(`, ${speaker.affiliation}`, STYLES.speakerDetail, { language }));
  if (speaker.topic) {
    const colon = primaryTag(language) === 'fr' ? `${NBSP}: ` : ': ';
    runs.push({ text: colon, style: STYLES.speakerDetail }, ...inlineRuns(speaker.topic, STYLES.note, { language }));
  }
  return runs;
}
