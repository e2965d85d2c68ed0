/**
 * <rouages-questionnaire>: its results page is a file of its own, fetched when needed
 * (results-loader.ts). A person who reaches the results while that fetch fails (the connection
 * dropped) is told so and can try again, instead of reading "Chargement…" for ever.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { $, button, heading, openResults, root } from './questionnaire-helpers.js';
import type { RouagesQuestionnaire } from '../../src/elements/rouages-questionnaire/rouages-questionnaire.js';
import { ResultsLoader } from '../../src/elements/rouages-questionnaire/results-loader.js';
import sample from '../../demo/samples/phare-2021.json';

describe('<rouages-questionnaire>: the results page when its file cannot be fetched', () => {
  const importResults = ResultsLoader.importResults;
  afterEach(() => {
    ResultsLoader.importResults = importResults;
  });

  it('says the results could not be loaded (no endless "Chargement…"), and "Réessayer" opens them once the connection is back', async () => {
    let offline = true;
    ResultsLoader.importResults = () => (offline ? Promise.reject(new TypeError('Failed to fetch dynamically imported module')) : importResults());
    const el = await fixture<RouagesQuestionnaire>(html`<rouages-questionnaire .value=${sample}></rouages-questionnaire>`);
    await openResults(el);
    await waitUntil(() => !$(el, '[part~="step"]').hasAttribute('aria-busy'), 'the step stops saying it is loading', { timeout: 3000 });
    expect($(el, '[part~="step"] [role="alert"]').textContent).to.contain('n’ont pas pu être chargés');
    expect(root(el).textContent).to.not.contain('Chargement…');
    offline = false;
    button(el, 'Réessayer').click();
    await el.updateComplete;
    await waitUntil(() => root(el).querySelector('#results-title'), 'the results are shown', { timeout: 3000 });
    expect(heading(el)).to.contain(sample.project);
  });
});
