// With only the CDN file, our tags inside other components' shadow roots load: one already in
// the page (a card), one in a shadow root nested in another and attached after the CDN file ran
// (a report), one added later to a shadow root attached earlier (a questionnaire), one in a
// declarative shadow root (a plan). ?explicit: nothing in the page; the test loads elements itself.
const params = new URLSearchParams(location.search);
const cdn = await import('/dist/rouages.min.js');
window.__cdn = cdn;
if (!params.has('explicit')) {
  // A shadow root attached now, filled later.
  const later = document.createElement('div');
  later.id = 'later';
  document.body.append(later);
  const laterRoot = later.attachShadow({ mode: 'open' });
  // Another component created after the CDN file ran, with a nested component holding a report.
  const outer = document.createElement('host-widget');
  outer.id = 'outer';
  document.body.append(outer);
  const nested = document.createElement('host-widget');
  nested.dataset.tag = 'rouages-report';
  nested.id = 'nested';
  outer.shadowRoot.querySelector('.frame').append(nested);
  // Let the report's shadow root be attached and filled before the next one is.
  await new Promise((r) => setTimeout(r, 50));
  const questionnaire = document.createElement('rouages-questionnaire');
  questionnaire.id = 'questionnaire';
  laterRoot.append(questionnaire);
  await Promise.all(['rouage-card', 'rouages-questionnaire', 'rouages-report', 'rouages-plan'].map((tag) => customElements.whenDefined(tag)));
}
window.__ready = true;
