// Runs in headless Chromium (scripts/bench.mjs drives it): one kind of render at a time, each
// between two marks (console.timeStamp) that the driver finds in a DevTools trace; the driver
// sums the main thread's work between them (script, style, layout, paint).
// Ours: dist/rouages.min.js, as a page meets it. Theirs: Chart.js 4 (UMD) and SurveyJS
// (survey-core + survey-js-ui), loaded by index.html.
import { load } from '../../dist/rouages.min.js';
import { framework, scoreDiagnostic } from '../../dist/rouages-sdk.min.js';

/* global Chart, Survey */
const stage = document.querySelector('#stage');
const sample = await (await fetch('../../demo/samples/phare-2021.json')).json();
const scored = scoreDiagnostic(sample);

// The same 20 scores for both charts, in the wheel's order.
const order = framework.dimensions.flatMap((d) => framework.rouages.filter((r) => r.dimension === d.id));
const scoreOf = new Map(scored.rouages.map((r) => [r.id, r.score]));

// The same items for both questionnaires: per rouage, its indicators on the 4-level scale plus
// "don't know", and its open questions as notes; one page per rouage.
const surveyJson = {
  locale: 'fr',
  showQuestionNumbers: 'off',
  pages: order.map((rouage) => ({
    name: rouage.id,
    title: rouage.title,
    description: rouage.mission,
    elements: [
      ...(rouage.indicators.length ? rouage.indicators : [{ id: `${rouage.id}.mission`, text: rouage.mission }]).map((item) => ({
        type: 'radiogroup',
        name: item.id,
        title: item.text,
        colCount: 0,
        choices: [...framework.scale.levels.map((l) => ({ value: l.value, text: l.label })), { value: 'null', text: framework.scale.unrated }],
      })),
      ...rouage.questions.map((q) => ({ type: 'comment', name: q.id, title: q.text })),
    ],
  })),
};
const surveyData = Object.fromEntries(Object.entries(sample.answers).map(([id, v]) => [id, v === null ? 'null' : v]));

// A steering committee of 50 for the report: the sample's answers, shifted per person.
const committee = Array.from({ length: 50 }, (_, n) => ({
  ...sample,
  respondent: { name: `Personne ${n + 1}` },
  answers: Object.fromEntries(Object.entries(sample.answers).map(([id, rating], k) => [id, rating === null ? null : (rating + ((n * 7 + k) % 3) - 1 + 4) % 4])),
}));

let current;
let survey;
const frame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

function clear() {
  if (current?.chart) current.chart.destroy();
  stage.replaceChildren();
  current = undefined;
  survey = undefined;
}

/** Each returns when the render is built (the paint is waited for by `iteration`). */
const renders = {
  async wheel() {
    const wheel = document.createElement('rouages-wheel');
    wheel.diagnostic = sample;
    stage.append(wheel);
    await wheel.updateComplete;
    current = { el: wheel };
  },
  async chart() {
    const canvas = document.createElement('canvas');
    canvas.width = 800;
    canvas.height = 800;
    canvas.setAttribute('role', 'img');
    canvas.setAttribute('aria-label', framework.title);
    stage.append(canvas);
    const chart = new Chart(canvas, {
      type: 'radar',
      data: { labels: order.map((r) => r.title), datasets: [{ label: sample.project, data: order.map((r) => (scoreOf.get(r.id) ?? 0) * 100) }] },
      options: { responsive: false, animation: false, scales: { r: { min: 0, max: 100 } } },
    });
    current = { chart };
  },
  async questionnaire() {
    const questionnaire = document.createElement('rouages-questionnaire');
    questionnaire.value = sample;
    stage.append(questionnaire);
    await questionnaire.updateComplete;
    current = { el: questionnaire };
  },
  async survey() {
    const host = document.createElement('div');
    stage.append(host);
    survey = new Survey.Model(surveyJson);
    survey.data = surveyData;
    survey.render(host);
    current = { el: host };
  },
  async report50() {
    const report = document.createElement('rouages-report');
    report.diagnostics = committee.map((d) => ({ ...d }));
    stage.append(report);
    await report.updateComplete;
    await report.shadowRoot.querySelector('rouages-wheel')?.updateComplete;
    current = { el: report };
  },
  async questionnaireNext() {
    const next = [...current.el.shadowRoot.querySelectorAll('button')].find((b) => b.textContent.trim() === 'Suivant');
    next.click();
    await current.el.updateComplete;
  },
  async surveyNext() {
    survey.nextPage();
  },
};

/** What each measured render needs first (not measured). */
const setups = { questionnaireNext: 'questionnaire', surveyNext: 'survey' };

/**
 * One measured render: clear the stage (and let a frame pass), set up, then between the marks
 * build and wait for two frames, so that style, layout and paint are inside the window.
 * Returns the time to build, in ms, measured in the page.
 */
window.iteration = async (kind) => {
  clear();
  if (setups[kind]) await renders[setups[kind]]();
  await frame();
  await frame();
  console.timeStamp('bench-start');
  const start = performance.now();
  await renders[kind]();
  const built = performance.now() - start;
  await frame();
  await frame();
  console.timeStamp('bench-end');
  return built;
};

/**
 * For the questionnaire and the report: their on-demand files load before any measure (the CDN
 * file's `load`, which defines a tag without rendering anything), so the first measured render
 * stays the first of its kind.
 */
window.prepare = async () => {
  await Promise.all(['rouages-questionnaire', 'rouages-report'].map((tag) => load(tag)));
};

window.benchReady = true;
