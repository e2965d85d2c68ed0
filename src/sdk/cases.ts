import { caseSchema, type CooperationCase } from './schema.js';
import { failure, issuesFromZod, type Result } from './result.js';
import { messagesFor } from './messages.js';
import type { ParseOptions } from './framework.js';

/**
 * Reads one of the source's accompaniments or diagnostics (`framework/cases/*.json`), or a
 * network's own case written in the same form. Never throws.
 */
export function parseCase(input: unknown, options: ParseOptions = {}): Result<CooperationCase> {
  const parsed = caseSchema.safeParse(input, { reportInput: true });
  if (!parsed.success) return failure('case', issuesFromZod(parsed.error, messagesFor(options.locale)), options.locale);
  return { success: true, data: parsed.data };
}
