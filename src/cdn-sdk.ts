/**
 * The SDK for page scripts on the CDN (dist/rouages-sdk.min.js): every function and constant of
 * `src/sdk/api.ts` (framework, parse, score, plan, CSV, share links, collective report…), next
 * to dist/rouages.min.js. It is a file of its own so that a page with only the wheel does not
 * download the plan, the CSV or the report's rules: a page script imports it when it needs them,
 * and shares with the elements one copy of the framework, zod and the messages (the chunks both
 * files import).
 * @example import { scoreDiagnostic } from 'https://cdn.jsdelivr.net/npm/rouages-cooperation/dist/rouages-sdk.min.js';
 */
// The framework's texts first: `framework` is whole for page scripts (see src/cdn/french-texts.ts).
import './cdn/french-texts.js';
export * from './sdk/api.js';
