/**
 * The SDK for page scripts on the CDN (dist/rouages-sdk.min.js): every function and constant of
 * `src/sdk/api.ts` (framework, parse, score, plan, CSV, share links, collective report…), next
 * to dist/rouages.min.js. It is a file of its own so that a page with only the wheel does not
 * download the plan, the CSV or the report's rules: a page script imports it when it needs them,
 * and shares with the elements one copy of the framework, zod and the messages (the chunks both
 * files import). Its messages speak French and English (`{ locale: 'en' }`), as the package's
 * SDK does.
 * @example import { scoreDiagnostic } from 'https://cdn.jsdelivr.net/npm/rouages-cooperation/dist/rouages-sdk.min.js';
 */
// The framework's texts first: `framework` is whole for page scripts (see src/cdn/french-texts.ts).
import './cdn/french-texts.js';
import { registerSdkMessages } from './sdk/messages.js';
import { en } from './sdk/messages-en.js';
export * from './sdk/api.js';

// A page script asking for English messages gets them, with or without an English element on the page.
registerSdkMessages('en', en);
