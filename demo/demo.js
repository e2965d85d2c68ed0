// The demo page: a sample diagnostic handed to the provider; the wheel and the card follow it.
// The first screen is the self-diagnosis (the questionnaire and its live wheel), which needs no
// script of this page: everything below gets its data, and this page its SDK, when a person comes
// near it, so that a phone does not fetch, parse and draw at load what nobody has scrolled to yet.

const percent = (value) => (value === null ? 'non évalué' : `${Math.round(value * 100)} %`);

/** The SDK for page scripts, fetched once, the first time a section below needs it. */
let sdk;
const loadSdk = () => (sdk ??= import('../dist/rouages-sdk.min.js'));

// `no-store`: the sample files are small, and a test run that imported one as a module must not get that back.
const json = async (path) => (await fetch(new URL(path, import.meta.url), { cache: 'no-store' })).text();
const diagnosticAt = async (path) => {
  const [{ parseDiagnostic }, text] = await Promise.all([loadSdk(), json(path)]);
  const parsed = parseDiagnostic(text);
  if (!parsed.success) throw new Error(parsed.error.message);
  return parsed.data;
};
/** The sample diagnostic (PHARE, 2021): the example, and the earlier diagnostic of "a year later". */
let phare2021;
const sample = () => (phare2021 ??= diagnosticAt('samples/phare-2021.json'));

/**
 * Calls `show` once `element` comes within a screen of the viewport (as the library loads its
 * elements): the page does no work for what nobody has scrolled to yet. The root is this
 * document's own viewport, also when the page is shown in a frame.
 */
const whenNear = (element, show) => {
  const observer = new IntersectionObserver((entries) => {
    if (!entries.some((entry) => entry.isIntersecting)) return;
    observer.disconnect();
    show().catch((error) => console.error(error));
  }, { root: document, rootMargin: '100%' });
  observer.observe(element);
};

// The example: the wheel, the card, and what comes next.
whenNear(document.querySelector('#where-title'), async () => {
  const [{ framework, recommend }, diagnostic] = await Promise.all([loadSdk(), sample()]);
  document.querySelector('#provider').diagnostic = diagnostic;
  const list = document.querySelector('#next');
  for (const r of recommend(diagnostic)) {
    const item = document.createElement('li');
    const title = document.createElement('strong');
    title.textContent = `${r.title} (${framework.dimensions.find((d) => d.id === r.dimension).title}, ${percent(r.score)})`;
    const tools = document.createElement('div');
    tools.className = 'tools';
    tools.textContent = `Outils : ${r.tools.map((t) => t.text).join(' ; ')}`;
    item.append(title, document.createElement('br'), r.mission, tools);
    list.append(item);
  }
});

// A steering committee of five, and the same project a year later.
const committee = document.querySelector('#committee');
whenNear(committee, async () => {
  committee.diagnostics = await Promise.all([1, 2, 3, 4, 5].map((n) => diagnosticAt(`samples/comite-${n}.json`)));
});
const evolution = document.querySelector('#evolution');
whenNear(evolution, async () => {
  evolution.compare = await sample();
  evolution.plan = await json('samples/phare-plan.json');
  evolution.diagnostic = await diagnosticAt('samples/phare-2022.json');
});

// The seven cases of the source.
const picker = document.querySelector('#case-picker');
const showCase = async () => {
  const [{ parseCase }, text] = await Promise.all([loadSdk(), json(`../framework/cases/${picker.value}.json`)]);
  const read = parseCase(JSON.parse(text));
  if (read.success) document.querySelector('#case').case = read.data;
};
picker.addEventListener('change', showCase);
whenNear(document.querySelector('#case'), showCase);
