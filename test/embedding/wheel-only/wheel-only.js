// A page with only the wheel: the CDN file, one module script, the sample diagnostic given to the provider.
// `?plan`: the page also gives a plan, and imports the plan's rules with the CDN file, as the README says.
const withPlan = new URLSearchParams(location.search).has('plan');
await Promise.all([import('/dist/rouages.min.js'), withPlan && import('/dist/rouages-plan-rules.min.js')]);
const sample = await (await fetch('/test-data/phare-2021.json')).json();
const provider = document.querySelector('#provider');
provider.diagnostic = sample;
if (withPlan) {
  const stamp = '2024-05-01T09:00:00.000Z';
  const action = (id, rouage, status) => ({ id, rouage, text: `Action ${rouage}`, status, createdAt: stamp, updatedAt: stamp });
  provider.plan = { schema: 'rouages-plan/1', id: 'p', framework: { id: 'rouages-cooperation', version: sample.framework.version }, project: sample.project, createdAt: stamp, updatedAt: stamp, actions: [action('a1', 'pilote', 'planned'), action('a2', 'noyau-dur', 'done')] };
}
const wheel = document.querySelector('#wheel');
await provider.updateComplete;
await wheel.updateComplete;
// What the wheel showed on its first render, before anything else could arrive.
window.__firstRender = [...wheel.shadowRoot.querySelectorAll('g.cell')].map((cell) => `${cell.dataset.id} ${cell.getAttribute('class').replace(/\s+/g, ' ').trim()}`);
window.__ready = true;
