import { expect } from '@open-wc/testing';
import { openPath, until } from './helpers.js';
import type { RouagesQuestionnaire } from '../../src/elements/rouages-questionnaire/rouages-questionnaire.js';

/**
 * The built questionnaire (dist/, its results and its sending code fetched on demand) as a person
 * uses it on a page with a strict Content-Security-Policy: the results reached, exported, sent
 * to an endpoint; what was exported and posted is what the element holds.
 */
describe('the built questionnaire under a strict CSP: results, export, sending', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((f) => f.remove()));

  it('exports CSV and JSON and posts to the endpoint exactly what .value holds; no violation, no error', async () => {
    await fetch('/test-endpoint/received');
    const { win, doc } = await openPath('/test/embedding/page/?csp=strict');
    const q = doc.querySelector('#questionnaire') as RouagesQuestionnaire;
    const root = q.shadowRoot!;
    const files: { name: string; text: Promise<string> }[] = [];
    const pageURL = (win as unknown as { URL: typeof URL }).URL;
    pageURL.createObjectURL = (blob: Blob) => {
      files.push({ name: '', text: blob.text() });
      return 'blob:captured';
    };
    doc.addEventListener('click', (e) => {
      const a = e.composedPath()[0] as HTMLAnchorElement;
      if (a.download) {
        files.at(-1)!.name = a.download;
        e.preventDefault();
      }
    }, true);
    q.setAttribute('endpoint', '/test-endpoint/ok');
    root.querySelectorAll<HTMLInputElement>('input[data-item="pilote.i1"]')[0]!.click();
    await q.updateComplete;
    root.querySelector<HTMLAnchorElement>('a[href="#results"]')!.click();
    await q.updateComplete;
    await until(() => Boolean(root.querySelector('#results-title')), 'the results are shown');
    const button = (label: string) => [...root.querySelectorAll('button')].find((b) => b.textContent!.trim() === label)!;
    button('Exporter (JSON)').click();
    button('Exporter pour un tableur (CSV)').click();
    expect(files.map((f) => f.name)).to.deep.equal(['ptce-auton-hommes-phare-2021-10-15.json', 'ptce-auton-hommes-phare-2021-10-15.csv']);
    const value = q.value!;
    const exported = JSON.parse(await files[0]!.text);
    expect(exported.answers).to.deep.equal(value.answers);
    expect(exported.answers['pilote.i1']).to.equal(0);
    expect(await files[1]!.text).to.contain('"pilote.i1";"Mise à disposition de temps dédié de personnes ressources";"0"');
    button('Envoyer le diagnostic').click();
    await until(() => root.querySelector('.send-status')!.classList.contains('sent'), 'sent', 8000);
    const received = (await (await fetch('/test-endpoint/received')).json()) as { path: string; body: string }[];
    expect(received).to.have.length(1);
    expect(JSON.parse(received[0]!.body)).to.deep.equal(JSON.parse(JSON.stringify(q.value)));
    expect(win.__probe.violations).to.deep.equal([]);
    expect(win.__probe.errors).to.deep.equal([]);
  });
});
