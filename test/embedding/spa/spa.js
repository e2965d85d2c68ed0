// A small hash router, as single-page apps have: the route lives in location.hash, and the app
// re-renders on hashchange. The page focuses its search field and scrolls before the elements
// load; the probe records every route change and history move the page sees.
window.__probe.routes = [];
window.addEventListener('hashchange', () => window.__probe.routes.push(`hashchange ${location.hash}`));
window.addEventListener('popstate', () => window.__probe.routes.push(`popstate ${location.hash}`));
if (!location.hash) history.replaceState(null, '', '#/diagnostic');
document.querySelector('#spacer').style.height = '600px';
const view = document.querySelector('#view');
view.style.minHeight = '3000px';
document.querySelector('#search').focus();
window.scrollTo(0, 300);
const sample = await (await fetch('/test-data/phare-2021.json')).json();
const provider = document.createElement('rouages-provider');
provider.id = 'provider';
provider.diagnostic = sample;
for (const tag of ['rouages-wheel', 'rouage-card', 'rouages-questionnaire', 'rouages-report', 'rouages-plan']) {
  const el = document.createElement(tag);
  el.id = tag;
  provider.append(el);
}
view.append(provider);
await import('/dist/rouages.min.js');
await Promise.all(['rouage-card', 'rouages-questionnaire', 'rouages-report', 'rouages-plan'].map((tag) => customElements.whenDefined(tag)));
for (const el of document.querySelectorAll('#view *')) await el.updateComplete;
window.__ready = true;
