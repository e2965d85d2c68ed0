// Finds the Chrome or Chromium already on this machine for the browser tests, the story checks,
// the benchmarks and the audit, with chrome-launcher's own lookup (the one @web/test-runner-chrome
// and Lighthouse use): `CHROME_PATH` first, then the usual places and installed applications.
// Nothing here installs or downloads a browser: `.ci/run` installs Debian's `chromium` on CI.
import { createRequire } from 'node:module';

// chrome-launcher is CommonJS: its named exports are read through require.
const { Launcher } = createRequire(import.meta.url)('chrome-launcher');

/** Flags for a headless run on a machine with no network beyond localhost and no GPU. */
export const CHROME_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  '--disable-dev-shm-usage',
];

/** What to do when no browser is found, in one line. */
export const NO_BROWSER =
  'No Chrome or Chromium found: install one (Debian/Ubuntu: sudo apt-get install -y chromium; macOS/Windows: Google Chrome) or set CHROME_PATH to its executable.';

/**
 * The path of a Chrome/Chromium: `CHROME_PATH` when it names an executable, else the first
 * installation chrome-launcher finds; undefined when there is none.
 */
export function findChrome() {
  let installations;
  try {
    installations = Launcher.getInstallations();
  } catch (error) {
    // chrome-launcher throws when it finds none on Linux (asking for CHROME_PATH), and on an
    // unsupported platform; anything else is worth a line.
    if (!/CHROME_PATH|not supported/i.test(error.message)) console.warn(`Could not look for Chrome: ${error.message.split('\n')[0]}`);
    installations = [];
  }
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv && !installations.includes(fromEnv)) console.warn(`CHROME_PATH=${fromEnv} is not an executable: looking elsewhere.`);
  return installations[0];
}

/** The browser's path; when there is none, says in one line what to install and exits with status 1. */
export function ensureChrome() {
  const found = findChrome();
  if (found) return found;
  console.error(NO_BROWSER);
  process.exit(1);
}
