// Writes schema/programme.schema.json from the zod model (src/model/programme.ts),
// the single source of both the TypeScript types and the published JSON Schema.
// Run after `npm run build` (it reads the bundled library in dist/).
import { writeFileSync, mkdirSync } from 'node:fs';
import { programmeJsonSchema } from '../dist/index.js';

mkdirSync('schema', { recursive: true });
writeFileSync('schema/programme.schema.json', `${JSON.stringify(programmeJsonSchema(), null, 2)}\n`);
console.log('wrote schema/programme.schema.json');
