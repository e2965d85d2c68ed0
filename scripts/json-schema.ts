// Writes the diagnostic's JSON Schema, derived from the zod schema, where the SDK and portals read it.
// Run by `npm run build`; the test suite checks the committed file is up to date.
import { mkdirSync, writeFileSync } from 'node:fs';
import { buildDiagnosticJsonSchema } from '../src/sdk/json-schema.js';

const text = `${JSON.stringify(buildDiagnosticJsonSchema(), null, 2)}\n`;
writeFileSync(new URL('../src/sdk/diagnostic.schema.json', import.meta.url), text);
mkdirSync(new URL('../dist/', import.meta.url), { recursive: true });
writeFileSync(new URL('../dist/diagnostic.schema.json', import.meta.url), text);
console.log('wrote src/sdk/diagnostic.schema.json and dist/diagnostic.schema.json');
