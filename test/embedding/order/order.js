// ?order=rouages-wheel,rouages-provider,… the modules, imported one after the other in that order;
// ?tags=before: the markup is in the page first (elements upgrade as their module runs);
// ?tags=after: the modules all run first, then the markup is added.
const params = new URLSearchParams(location.search);
const order = (params.get('order') ?? '').split(',').filter(Boolean);
const sample = await (await fetch('/test-data/phare-2021.json')).json();

function addTags() {
  const provider = document.createElement('rouages-provider');
  provider.id = 'provider';
  provider.setAttribute('selected', 'noyau-dur');
  provider.diagnostic = sample;
  for (const tag of ['rouages-wheel', 'rouage-card', 'rouages-questionnaire', 'rouages-report']) {
    const el = document.createElement(tag);
    el.id = tag;
    provider.append(el);
  }
  document.querySelector('#page').append(provider);
}

if (params.get('tags') === 'before') addTags();
for (const tag of order) await import(`/dist/${tag}.js`);
if (params.get('tags') !== 'before') addTags();
for (const tag of order) await customElements.whenDefined(tag);
for (const el of document.querySelectorAll('#page *')) await el.updateComplete;
window.__ready = true;
