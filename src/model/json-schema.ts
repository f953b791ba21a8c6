/** The published JSON Schema, generated from the zod model so that it cannot drift from the types. */
import { z } from 'zod';
import { ProgrammeSchema, SCHEMA_VERSION } from './programme.js';

export function programmeJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(ProgrammeSchema, { target: 'draft-2020-12', io: 'output' }) as Record<string, unknown>;
  return {
    $schema: schema.$schema,
    $id: `https://programme-pipeline.invalid/schema/programme-v${SCHEMA_VERSION}.schema.json`,
    title: 'Programme',
    description: 'An event programme extracted by programme-pipeline: days, venue, sessions, speakers.',
    ...Object.fromEntries(Object.entries(schema).filter(([k]) => k !== '$schema')),
  };
}
