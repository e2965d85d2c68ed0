// Before the browser tests: a Chrome/Chromium must be there (see browser.mjs).
import { ensureChrome } from './browser.mjs';

console.log(`Browser: ${ensureChrome()}`);
