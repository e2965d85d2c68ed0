import * as z from 'zod/mini';
import { DATE_PATTERN, DATETIME_PATTERN, diagnosticSchema } from './schema.js';

/**
 * Derives the diagnostic's JSON Schema (draft 2020-12) from the zod schema, its one source.
 * It runs at build time (`scripts/json-schema.ts` writes `diagnostic.schema.json`), not in
 * pages: zod's JSON Schema code would weigh more than the rest of the SDK's validation.
 */
export function buildDiagnosticJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(diagnosticSchema, {
    // What a portal receives is input: unknown extra fields are allowed (and dropped by parseDiagnostic).
    io: 'input',
    override: ({ jsonSchema, path }) => {
      // The patterns are ISO 8601 formats: say so, for validators that know them.
      if (jsonSchema.pattern === DATE_PATTERN.source) jsonSchema.format = 'date';
      if (jsonSchema.pattern === DATETIME_PATTERN.source) jsonSchema.format = 'date-time';
      if (path.length === 0) {
        jsonSchema.$id = 'https://unpkg.com/rouages-cooperation/dist/diagnostic.schema.json';
        jsonSchema.title = 'Diagnostic — Les rouages de la coopération';
        jsonSchema.description = "One respondent's answers for one project at one date. Ids are checked against a framework by parseDiagnostic.";
      }
    },
  }) as Record<string, unknown>;
}
