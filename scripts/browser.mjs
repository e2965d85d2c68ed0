// Finds a Chrome or Chromium on this machine for the browser tests, benchmarks and audits.
// Nothing here downloads a browser: the system's own is used.
import { existsSync } from 'node:fs';
import { execFileSync, spawnSync } from 'node:child_process';

const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/opt/google/chrome/chrome',
  '/snap/bin/chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
];

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

/** The path of a Chrome/Chromium: `CHROME_PATH` first, then the usual places; undefined when none. */
export function findChrome() {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv && existsSync(fromEnv)) return fromEnv;
  return CANDIDATES.find((path) => existsSync(path));
}

/**
 * Finds a browser, or installs Debian's `chromium` when this is a Debian or Ubuntu machine
 * and we are root; otherwise stops with one line saying what to install.
 */
export function ensureChrome() {
  const found = findChrome();
  if (found) return found;
  const canApt = process.platform === 'linux' && process.getuid?.() === 0 && spawnSync('sh', ['-c', 'command -v apt-get']).status === 0;
  if (canApt) {
    console.log('No Chrome or Chromium found: installing Debian\'s chromium (apt-get install -y chromium)…');
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    execFileSync('apt-get', ['update', '-q'], { stdio: 'inherit', env });
    execFileSync('apt-get', ['install', '-y', '-q', 'chromium'], { stdio: 'inherit', env });
    const installed = findChrome();
    if (installed) return installed;
  }
  console.error('No Chrome or Chromium found: install one (Debian/Ubuntu: sudo apt-get install -y chromium; macOS: Google Chrome) or set CHROME_PATH to its executable.');
  process.exit(1);
}

