// Runs in headless Chromium (scripts/bench.mjs opens this page): times the elements as a page
// would meet them, from dist/rouages.min.js. Results go to window.benchResults.
import '../../dist/rouages.min.js';

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

// The questionnaire and the report load on demand: put one in the page, wait for the definition.
for (const tag of ['rouages-questionnaire', 'rouages-report']) {
  const probe = document.createElement(tag);
  stage.append(probe);
  await customElements.whenDefined(tag);
  probe.remove();
}

// The questionnaire: render a rouage's step, then go to the next one (the "Suivant" button).
const renders = [];
const nexts = [];
for (let i = 0; i < 40; i++) {
  const questionnaire = document.createElement('rouages-questionnaire');
  questionnaire.value = sample;
  let start = performance.now();
  stage.append(questionnaire);
  await questionnaire.updateComplete;
  renders.push(performance.now() - start);
  const next = [...questionnaire.shadowRoot.querySelectorAll('button')].find((b) => b.textContent.trim() === 'Suivant');
  start = performance.now();
  next.click();
  await questionnaire.updateComplete;
  nexts.push(performance.now() - start);
  questionnaire.remove();
}
results.questionnaireStep = median(renders);
results.questionnaireNext = median(nexts);

// The report of a steering committee of 50: aggregate and render, the wheel inside included.
const fifty = Array.from({ length: 50 }, (_, n) => ({
  ...sample,
  respondent: { name: `Personne ${n + 1}` },
  answers: Object.fromEntries(Object.entries(sample.answers).map(([id, rating], k) => [id, rating === null ? null : (rating + ((n * 7 + k) % 3) - 1 + 4) % 4])),
}));
const reports = [];
for (let i = 0; i < 15; i++) {
  const report = document.createElement('rouages-report');
  const start = performance.now();
  report.diagnostics = fifty.map((d) => ({ ...d }));
  stage.append(report);
  await report.updateComplete;
  await report.shadowRoot.querySelector('rouages-wheel')?.updateComplete;
  reports.push(performance.now() - start);
  report.remove();
}
results.report50 = median(reports);

window.benchResults = results;
