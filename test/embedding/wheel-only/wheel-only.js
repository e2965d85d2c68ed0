// A page with only the wheel: the CDN file, one module script, the sample diagnostic given to the provider.
await import('/dist/rouages.min.js');
const sample = await (await fetch('/test-data/phare-2021.json')).json();
const provider = document.querySelector('#provider');
provider.diagnostic = sample;
await provider.updateComplete;
await document.querySelector('#wheel').updateComplete;
window.__ready = true;
