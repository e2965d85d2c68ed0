// Screenshots of the wheel (scripts/bench/wheel.html, from dist/) at 320, 800 and 1200 px wide,
// to look at before and after a change: node scripts/bench/screenshots.mjs <folder> [label].
import { launch } from 'puppeteer-core';
import { CHROME_ARGS, ensureChrome } from '../browser.mjs';
import { serve } from '../dev-server.mjs';

const [folder = '/tmp', label = 'wheel'] = process.argv.slice(2);
const server = await serve({ port: 0 });
const browser = await launch({ executablePath: ensureChrome(), headless: true, args: CHROME_ARGS });
try {
  const page = await browser.newPage();
  for (const width of [320, 800, 1200]) {
    await page.setViewport({ width, height: 900 });
    await page.goto(`http://127.0.0.1:${server.address().port}/scripts/bench/wheel.html`);
    await page.waitForFunction(() => window.ready);
    await new Promise((resolve) => setTimeout(resolve, 900));
    const path = `${folder}/${label}-${width}.png`;
    await page.screenshot({ path, fullPage: true });
    console.log(path);
  }
} finally {
  await browser.close();
  server.close();
}
