// Before the browser tests: a Chrome/Chromium must be on the machine (see browser.mjs). This only
// looks; it installs nothing (CI does, in .ci/run).
import { ensureChrome } from './browser.mjs';

console.log(`Browser: ${ensureChrome()}`);
