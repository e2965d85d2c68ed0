// Loads the CDN file as a page would (one module script), plus a second copy when asked,
// hands the sample diagnostic to the provider and the questionnaire, and flags readiness.
const params = new URLSearchParams(location.search);
await import('/dist/rouages.min.js');
if (params.get('second')) await import(params.get('second'));
// The test server turns .json files into modules for the tests' imports; /test-data/ serves them as they are.
const sample = await (await fetch('/test-data/phare-2021.json')).json();
document.querySelector('#provider').diagnostic = sample;
document.querySelector('#questionnaire').value = sample;
document.querySelector('#form').addEventListener('submit', (event) => {
  event.preventDefault();
  window.__probe.submits.push(Object.fromEntries(new FormData(event.target)));
});
// The card, the questionnaire, the report and the plan load on demand, from files next to the CDN file.
await Promise.all(['rouage-card', 'rouages-questionnaire', 'rouages-report', 'rouages-plan'].map((tag) => customElements.whenDefined(tag)));
for (const el of document.querySelectorAll('rouages-provider, rouages-wheel, rouage-card, rouages-questionnaire, rouages-report, rouages-plan')) await el.updateComplete;
window.__ready = true;
