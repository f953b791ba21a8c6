/**
 * The `Programme`: what the parser extracts from a document and what every
 * renderer consumes. This zod schema is the single source of truth: the
 * TypeScript types are inferred from it and `schema/programme.schema.json`
 * is generated from it (`npm run schema`), so they cannot drift apart.
 *
 * Fields follow `../shared/contract/README.md`; new optional fields may be
 * added, existing ones are never renamed or re-typed without bumping
 * `SCHEMA_VERSION`.
 */
import { z } from 'zod';

export const SCHEMA_VERSION = 1 as const;

/** 24-hour `HH:MM`. */
export const TimeSchema = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/).describe('24-hour time, HH:MM');
/** ISO calendar date `YYYY-MM-DD`. */
export const DateSchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/).describe('ISO date, YYYY-MM-DD');

/** Where a footnote was cited inside a piece of text: `offset` is a UTF-16 index into that text. */
export const FootnoteRefSchema = z.object({
  label: z.string(),
  offset: z.number().int().nonnegative(),
  /** For list blocks: the index of the item that cites it. */
  item: z.number().int().nonnegative().optional(),
});

export const ParagraphBlockSchema = z.object({
  type: z.literal('paragraph'),
  text: z.string(),
  footnoteRefs: z.array(FootnoteRefSchema).optional(),
});

export const ListBlockSchema = z.object({
  type: z.literal('list'),
  items: z.array(z.string()),
  ordered: z.boolean().optional(),
  footnoteRefs: z.array(FootnoteRefSchema).optional(),
});

export const HeadingBlockSchema = z.object({
  type: z.literal('heading'),
  text: z.string(),
  depth: z.number().int().min(1).max(6).optional(),
  footnoteRefs: z.array(FootnoteRefSchema).optional(),
});

export const TableBlockSchema = z.object({
  type: z.literal('table'),
  rows: z.array(z.array(z.string())),
});

/** Prose before (`description`) or after (`annex`) the schedule. */
export const BlockSchema = z.discriminatedUnion('type', [
  ParagraphBlockSchema,
  ListBlockSchema,
  HeadingBlockSchema,
  TableBlockSchema,
]);

export const OrganizerSchema = z.object({
  name: z.string(),
  acronym: z.string().nullable(),
});

export const DaySchema = z.object({
  date: DateSchema,
  start: TimeSchema.nullable(),
  end: TimeSchema.nullable(),
  /** The day's heading as written, e.g. "Jeudi 19 décembre 2013". */
  label: z.string().optional(),
  /** Lines written under the day's heading that are not sessions. */
  notes: z.array(z.string()).optional(),
});

export const VenueSchema = z.object({
  name: z.string().nullable(),
  address: z.string().nullable(),
  postalCode: z.string().nullable(),
  city: z.string().nullable(),
  access: z.string().nullable(),
});

export const SpeakerSchema = z.object({
  /** As written, titles (M., Mme, Dr, Prof.) included. */
  name: z.string(),
  /** Role and/or organisation, as written. */
  affiliation: z.string().nullable(),
  /** What this speaker talks about, when the document says (`Name : topic`). */
  topic: z.string().nullable(),
});

export const SESSION_KINDS = ['welcome', 'talk', 'discussion', 'break', 'meal', 'closing', 'other'] as const;
export const SessionKindSchema = z.enum(SESSION_KINDS);

export const SessionSchema = z.object({
  /** The day it belongs to, or null when the document names none. */
  date: DateSchema.nullable(),
  start: TimeSchema,
  /** As written in the document, else null: never guessed. */
  end: TimeSchema.nullable(),
  title: z.string(),
  kind: SessionKindSchema,
  speakers: z.array(SpeakerSchema),
  /** Other lines that belong to the item (chair, room, sub-items). */
  notes: z.array(z.string()),
  /** The heading the session stands under inside its day ("Matinée", "Session 2 : …"), if any. */
  section: z.string().optional(),
  footnoteRefs: z.array(FootnoteRefSchema).optional(),
});

export const FootnoteSchema = z.object({
  label: z.string(),
  text: z.string(),
});

export const WarningSchema = z.object({
  code: z.string(),
  message: z.string(),
});

export const INPUT_FORMATS = ['docx', 'doc', 'txt', 'md'] as const;
export const InputFormatSchema = z.enum(INPUT_FORMATS);

export const SourceSchema = z.object({
  file: z.string(),
  format: InputFormatSchema,
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  /** The file's own creation and modification dates (Word's document properties), ISO 8601, where it records them. */
  created: z.string().optional(),
  modified: z.string().optional(),
});

export const ProgrammeSchema = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  source: SourceSchema,
  /** BCP 47 primary language tag of the document. */
  language: z.string(),
  title: z.string().nullable(),
  organizers: z.array(OrganizerSchema),
  days: z.array(DaySchema),
  venue: VenueSchema.nullable(),
  description: z.array(BlockSchema),
  sessions: z.array(SessionSchema),
  annex: z.array(BlockSchema),
  footnotes: z.array(FootnoteSchema),
  warnings: z.array(WarningSchema),
});

export type FootnoteRef = z.infer<typeof FootnoteRefSchema>;
export type ParagraphBlock = z.infer<typeof ParagraphBlockSchema>;
export type ListBlock = z.infer<typeof ListBlockSchema>;
export type HeadingBlock = z.infer<typeof HeadingBlockSchema>;
export type TableBlock = z.infer<typeof TableBlockSchema>;
export type Block = z.infer<typeof BlockSchema>;
export type Organizer = z.infer<typeof OrganizerSchema>;
export type Day = z.infer<typeof DaySchema>;
export type Venue = z.infer<typeof VenueSchema>;
export type Speaker = z.infer<typeof SpeakerSchema>;
export type SessionKind = z.infer<typeof SessionKindSchema>;
export type Session = z.infer<typeof SessionSchema>;
export type Footnote = z.infer<typeof FootnoteSchema>;
export type ProgrammeWarning = z.infer<typeof WarningSchema>;
export type InputFormat = z.infer<typeof InputFormatSchema>;
export type Source = z.infer<typeof SourceSchema>;
export type Programme = z.infer<typeof ProgrammeSchema>;
