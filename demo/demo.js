// The demo page: a sample diagnostic handed to the provider; the wheel and the card follow it.
import { framework, parseCase, parseDiagnostic, recommend } from '../dist/rouages-sdk.min.js';

const percent = (value) => (value === null ? 'non évalué' : `${Math.round(value * 100)} %`);

// `no-store`: the sample files are small, and a test run that imported one as a module must not get that back.
const json = async (path) => (await fetch(new URL(path, import.meta.url), { cache: 'no-store' })).text();
const diagnosticAt = async (path) => {
  const parsed = parseDiagnostic(await json(path));
  if (!parsed.success) throw new Error(parsed.error.message);
  return parsed.data;
};
const parsed = { data: await diagnosticAt('samples/phare-2021.json') };
document.querySelector("#provider").diagnostic = parsed.data;

const list = document.querySelector('#next');
for (const r of recommend(parsed.data)) {
  const item = document.createElement('li');
  const title = document.createElement('strong');
  title.textContent = `${r.title} (${framework.dimensions.find((d) => d.id === r.dimension).title}, ${percent(r.score)})`;
  const tools = document.createElement('div');
  tools.className = 'tools';
  tools.textContent = `Outils : ${r.tools.map((t) => t.text).join(' ; ')}`;
  item.append(title, document.createElement('br'), r.mission, tools);
  list.append(item);
}

// Below the first screen, each report gets its data when it comes near the viewport: the page
// does no work for what nobody has scrolled to yet (a report aggregates and draws a wheel).
const whenNear = (element, show) => {
  const observer = new IntersectionObserver((entries) => {
    if (!entries.some((entry) => entry.isIntersecting)) return;
    observer.disconnect();
    show().catch((error) => console.error(error));
  }, { rootMargin: '400px 0px' });
  observer.observe(element);
};

// A steering committee of five, and the same project a year later.
const committee = document.querySelector('#committee');
whenNear(committee, async () => {
  committee.diagnostics = await Promise.all([1, 2, 3, 4, 5].map((n) => diagnosticAt(`samples/comite-${n}.json`)));
});
const evolution = document.querySelector('#evolution');
whenNear(evolution, async () => {
  evolution.compare = parsed.data;
  evolution.plan = await json('samples/phare-plan.json');
  evolution.diagnostic = await diagnosticAt('samples/phare-2022.json');
});

// The seven cases of the source.
const picker = document.querySelector('#case-picker');
const showCase = async () => {
  const read = parseCase(JSON.parse(await json(`../framework/cases/${picker.value}.json`)));
  if (read.success) document.querySelector('#case').case = read.data;
};
picker.addEventListener('change', showCase);
whenNear(document.querySelector('#case'), showCase);
