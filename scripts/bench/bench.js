// Runs in headless Chromium (scripts/bench.mjs opens this page): times the elements as a page
// would meet them, from dist/rouages.min.js. Results go to window.benchResults.
import { createDiagnostic } from '../../dist/rouages.min.js';

const stage = document.querySelector('#stage');
const sample = await (await fetch('../../demo/samples/phare-2021.json')).json();

const median = (times) => [...times].sort((a, b) => a - b)[Math.floor(times.length / 2)];

async function firstRender() {
  const wheel = document.createElement('rouages-wheel');
  wheel.diagnostic = sample;
  const start = performance.now();
  stage.append(wheel);
  await wheel.updateComplete;
  const time = performance.now() - start;
  wheel.remove();
  return time;
}

async function reRender(wheel, rating) {
  const changed = { ...sample, answers: { ...sample.answers, 'noyau-dur.i2': rating } };
  const start = performance.now();
  wheel.diagnostic = changed;
  await wheel.updateComplete;
  return performance.now() - start;
}

const results = {};
results.wheelColdFirstRender = await firstRender();
const firsts = [];
for (let i = 0; i < 60; i++) firsts.push(await firstRender());
results.wheelFirstRender = median(firsts);

const wheel = document.createElement('rouages-wheel');
wheel.diagnostic = sample;
stage.append(wheel);
await wheel.updateComplete;
const updates = [];
for (let i = 0; i < 200; i++) updates.push(await reRender(wheel, i % 4));
results.wheelReRender = median(updates);
wheel.remove();

const hooks = window.benchHooks ?? [];
for (const hook of hooks) Object.assign(results, await hook({ stage, sample, median, createDiagnostic }));

window.benchResults = results;
