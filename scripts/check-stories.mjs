// Every story of the built Storybook (storybook-static/, `npm run build-storybook`) checked
// with axe in headless Chromium: no violation allowed, no page error, no horizontal overflow.
// Part of `npm test`. Arguments, if any, keep only the stories whose id holds one of them.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { launch } from 'puppeteer-core';
import { CHROME_ARGS, ensureChrome } from './browser.mjs';
import { serve } from './dev-server.mjs';

if (!existsSync('storybook-static/index.json')) {
  console.error('storybook-static/ is missing: run npm run build-storybook first.');
  process.exit(1);
}
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const { entries } = JSON.parse(readFileSync('storybook-static/index.json', 'utf8'));
// `node scripts/check-stories.mjs dark brand`: only the stories whose id holds one of these words.
const only = process.argv.slice(2).map((word) => word.toLowerCase());
const stories = Object.values(entries).filter((entry) => entry.type === 'story' && (!only.length || only.some((word) => entry.id.includes(word))));

const server = await serve({ port: 0 });
const base = `http://127.0.0.1:${server.address().port}/storybook-static`;
const browser = await launch({ executablePath: ensureChrome(), headless: true, args: CHROME_ARGS });
const failures = [];
try {
  const errors = [];
  for (const width of [1200, 360]) {
    for (const story of stories) {
      errors.length = 0;
      // Each story in a browser context of its own, as a person opening it would meet it: with
      // one page for all stories, a full run took ten times as long as its parts (17 min against
      // 7 min with a context per story, measured).
      const context = await browser.createBrowserContext();
      const page = await context.newPage();
      page.on('pageerror', (error) => errors.push(String(error)));
      await page.setViewport({ width, height: 900 });
      try {
        await page.goto(`${base}/iframe.html?id=${story.id}&viewMode=story`, { waitUntil: 'load' });
        const rendered = await page
          .waitForFunction(() => document.querySelector('#storybook-root')?.childElementCount > 0, { timeout: 15_000 })
          .then(() => true, () => false);
        if (!rendered) {
          const shown = await page.evaluate(() => document.querySelector('#error-message, .sb-errordisplay')?.textContent?.trim().slice(0, 300) ?? '');
          console.log(`✗ ${String(width).padStart(4)} px  ${story.title} › ${story.name}\n      did not render in 15 s ${shown}`);
          for (const error of errors) console.log(`      ${error}`);
          failures.push(story.id);
          continue;
        }
        // Let the elements load what they fetch (the English framework, an element's file) and
        // render, those inside other elements' shadow roots included.
        await page.waitForNetworkIdle({ idleTime: 100, timeout: 10_000 }).catch(() => undefined);
        await page.evaluate(async () => {
          const deep = (root) => [...root.querySelectorAll('*')].flatMap((el) => [el, ...(el.shadowRoot ? deep(el.shadowRoot) : [])]);
          for (let round = 0; round < 2; round++) for (const el of deep(document)) if ('updateComplete' in el) await el.updateComplete;
        });
        await page.evaluate(axeSource);
        const result = await page.evaluate(async () => {
          // Storybook's a11y addon runs axe after each render too: wait for it to finish.
          let axeResult;
          for (let attempt = 0; !axeResult; attempt++) {
            try {
              axeResult = await window.axe.run(document.querySelector('#storybook-root'), { resultTypes: ['violations'] });
            } catch (error) {
              if (attempt > 100 || !/already running/.test(String(error))) throw error;
              await new Promise((resolve) => setTimeout(resolve, 100));
            }
          }
          const root = document.documentElement;
          return {
            violations: axeResult.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' > ')).join(', ')}`),
            overflow: root.scrollWidth > root.clientWidth + 1 ? `${root.scrollWidth} > ${root.clientWidth}` : null,
          };
        });
        const problems = [...result.violations, ...errors, ...(result.overflow ? [`horizontal overflow ${result.overflow}`] : [])];
        console.log(`${problems.length ? '✗' : '✓'} ${String(width).padStart(4)} px  ${story.title} › ${story.name}`);
        for (const problem of problems) console.log(`      ${problem}`);
        if (problems.length) failures.push(story.id);
      } finally {
        await context.close();
      }
    }
  }
} finally {
  await browser.close();
  server.close();
}
console.log(`\n${stories.length} stories × 2 widths: ${failures.length ? `${failures.length} with problems` : 'no axe violation, no error, no overflow'}`);
if (failures.length) process.exit(1);
