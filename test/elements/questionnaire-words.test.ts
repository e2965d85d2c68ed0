/**
 * <rouages-questionnaire>, what a coordinator reads (issue #14): the start screen, the notices
 * that end, the last step's "Envoyer" with no endpoint, and each sending failure told as it is.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { $, button, clearKey, heading, openResults, root, settle, uniqueKey } from './questionnaire-helpers.js';
import type { RouagesQuestionnaire } from '../../src/elements/rouages-questionnaire/rouages-questionnaire.js';
import { writeDraft } from '../../src/state/draft.js';
import type { Diagnostic } from '../../src/sdk/index.js';
import sample from '../../demo/samples/phare-2021.json';
import { loadBuiltInFramework } from '../../src/elements/shared/frameworks.js';
import { captureDownload } from './helpers.js';

/** A questionnaire on the results of the sample, posting to `endpoint`. */
async function onResults(endpoint?: string): Promise<RouagesQuestionnaire> {
  const el = await fixture<RouagesQuestionnaire>(html`<rouages-questionnaire endpoint=${endpoint ?? ''} .value=${sample}></rouages-questionnaire>`);
  if (!endpoint) el.removeAttribute('endpoint');
  await openResults(el);
  return el;
}

/** Sends and waits for what the status says once sending is over. */
async function sendAndRead(el: RouagesQuestionnaire): Promise<string> {
  button(el, 'Envoyer le diagnostic').click();
  await waitUntil(() => !['', 'Envoi en cours…'].includes($(el, '.send-status').textContent!.trim()), 'sending is over', { timeout: 5000 });
  return $(el, '.send-status').textContent!.trim();
}

describe('<rouages-questionnaire>: the words a coordinator reads (issue #14)', () => {
  // What the test endpoint received is read by other tests: left empty after each.
  afterEach(async () => {
    await fetch('/test-endpoint/received');
  });
  it('the start screen says what to do, how long it takes and where the answers stay; the method is one step away', async () => {
    const el = await fixture<RouagesQuestionnaire>(html`<rouages-questionnaire storage-key=${uniqueKey()}></rouages-questionnaire>`);
    const step = $(el, 'section.step.start');
    const paragraphs = [...step.querySelectorAll(':scope > p')].map((p) => p.textContent!.trim());
    expect(paragraphs[0]).to.contain('les 20 rouages').and.contain('51 en tout');
    expect(paragraphs[1]).to.contain('30 à 45 minutes');
    expect(paragraphs[2]).to.equal('Vos réponses restent dans ce navigateur\u00a0: rien n’est envoyé à personne, sauf si vous exportez le diagnostic ou créez un lien de partage.');
    // The method's dense summary is behind a disclosure, closed.
    const about = $<HTMLDetailsElement>(el, 'details.about');
    expect(about.open).to.equal(false);
    expect(about.querySelector('summary')!.textContent).to.equal('La méthode en quelques lignes');
    await expect(el).to.be.accessible();
  });

  it('the start screen names where answers are sent when the site set an endpoint, and says they are not kept without storage', async () => {
    const sending = await fixture<RouagesQuestionnaire>(html`<rouages-questionnaire storage-key=${uniqueKey()} endpoint="https://portail.example.org/diagnostics"></rouages-questionnaire>`);
    expect($(sending, '.where').textContent).to.contain('les transmet à https://portail.example.org');
    const none = await fixture<RouagesQuestionnaire>(html`<rouages-questionnaire></rouages-questionnaire>`);
    expect($(none, '.where').textContent).to.contain('elles ne sont pas gardées si vous la fermez');
  });

  it('"Vos réponses précédentes ont été reprises" goes away once the person moves on, and does not come back', async () => {
    const key = uniqueKey();
    localStorage.setItem(key, writeDraft({ diagnostic: sample, place: { step: 'rouage', rouage: 'pilote' } }));
    const el = await fixture<RouagesQuestionnaire>(html`<rouages-questionnaire storage-key=${key}></rouages-questionnaire>`);
    await settle(el);
    expect($(el, '[data-notice="restored"]').textContent).to.contain('Vos réponses précédentes ont été reprises.');
    button(el, 'Suivant').click();
    await settle(el);
    expect(heading(el)).to.equal('Noyau dur');
    expect(root(el).querySelector('[data-notice="restored"]')).to.equal(null);
    button(el, 'Précédent').click();
    await settle(el);
    expect(root(el).querySelector('[data-notice="restored"]')).to.equal(null);
    clearKey(key);
  });

  it('the close button of a notice is named in the element\'s language', async () => {
    const key = uniqueKey();
    localStorage.setItem(key, writeDraft({ diagnostic: sample }));
    const el = await fixture<RouagesQuestionnaire>(html`<rouages-questionnaire storage-key=${key}></rouages-questionnaire>`);
    await settle(el);
    expect($(el, '[data-notice="restored"] .dismiss').getAttribute('aria-label')).to.equal('Fermer ce message');
    el.lang = 'en';
    await waitUntil(() => $(el, '[data-notice="restored"] .dismiss')?.getAttribute('aria-label') === 'Close this message', 'in English');
    clearKey(key);
  });

  it('"Envoyer" with no endpoint and no form says plainly that nothing was sent, and what to do', async () => {
    const el = await onResults();
    const said = await sendAndRead(el);
    expect(said).to.equal(
      'Rien n’a été envoyé\u00a0: ce questionnaire n’est relié à aucun serveur. Vos réponses restent dans ce navigateur. Pour transmettre votre diagnostic, exportez-le (JSON ou CSV) ou créez un lien de partage.',
    );
    expect(said).to.not.contain('Diagnostic terminé');
  });

  it('a text under the key that is not a draft, written by another tab, is kept aside before the next save', async () => {
    const key = uniqueKey();
    const el = await fixture<RouagesQuestionnaire>(html`<rouages-questionnaire storage-key=${key} .value=${sample}></rouages-questionnaire>`);
    await settle(el);
    localStorage.setItem(key, 'notes de réunion, pas un brouillon');
    window.dispatchEvent(new StorageEvent('storage', { key, newValue: 'notes de réunion, pas un brouillon' }));
    await settle(el);
    root(el).querySelectorAll<HTMLInputElement>('input[data-item="pilote.i1"]')[0]!.click();
    window.dispatchEvent(new Event('pagehide'));
    const aside = Object.keys(localStorage).filter((k) => k.startsWith(`${key}:aside:`));
    expect(aside.map((k) => localStorage.getItem(k))).to.include('notes de réunion, pas un brouillon');
    expect(JSON.parse(localStorage.getItem(key)!).diagnostic.answers['pilote.i1']).to.equal(0);
    expect($(el, '[data-notice="unreadable"]')).to.not.equal(null);
    clearKey(key);
  });

  describe('each sending failure told as it is', () => {
    it('an endpoint that is not a web address is refused at once, in words', async () => {
      const el = await onResults('javascript:alert(1)');
      const said = await sendAndRead(el);
      expect(said).to.contain('l’adresse d’envoi «\u00a0javascript:alert(1)\u00a0» n’est pas une adresse web (http ou https)');
      const received = await (await fetch('/test-endpoint/received')).json();
      expect(received).to.deep.equal([]);
    });

    it('a 4xx answer shows the server\'s own message, as text', async () => {
      const el = await onResults('/test-endpoint/reject');
      expect(await sendAndRead(el)).to.contain('le serveur a répondu 422\u00a0: «\u00a0Le champ « project » est déjà utilisé pour cette période.\u00a0»');
    });

    it('an HTML error page is not shown as a message: the status only', async () => {
      const el = await onResults('/test-endpoint/html-error');
      const said = await sendAndRead(el);
      expect(said).to.contain('(le serveur a répondu 503)');
      expect(said).to.not.contain('Service Unavailable');
    });

    it('an endpoint on another origin without CORS is not "the network": the site\'s server must allow this page', async () => {
      expect(location.hostname).to.equal('localhost');
      const elsewhere = `http://127.0.0.1:${location.port}`;
      const el = await onResults(`${elsewhere}/test-endpoint/ok`);
      const said = await sendAndRead(el);
      expect(said).to.contain(`le serveur ${elsewhere} n’a pas accepté la demande de cette page`).and.contain('CORS');
      expect(said).to.not.contain('réseau');
    });

    it('the same origin with the CORS headers the README documents: received, and a refusal shows its message', async () => {
      const elsewhere = `http://127.0.0.1:${location.port}`;
      const el = await onResults(`${elsewhere}/test-endpoint/cors/ok`);
      expect(await sendAndRead(el)).to.equal('Diagnostic envoyé. Merci\u202f!');
      const received = (await (await fetch('/test-endpoint/received')).json()) as { path: string; idempotencyKey: string }[];
      expect(received.map((r) => r.path)).to.include('/test-endpoint/ok');
      expect(received.find((r) => r.path === '/test-endpoint/ok')!.idempotencyKey).to.be.a('string').and.not.equal('');
      const refused = await onResults(`${elsewhere}/test-endpoint/cors/reject`);
      expect(await sendAndRead(refused)).to.contain('le serveur a répondu 422\u00a0: «\u00a0Le champ');
    });

    it('offline: said so, nothing posted', async () => {
      const el = await onResults('/test-endpoint/ok');
      Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => false });
      try {
        expect(await sendAndRead(el)).to.contain('ce navigateur est hors ligne');
      } finally {
        delete (navigator as { onLine?: boolean }).onLine;
      }
      expect(navigator.onLine).to.equal(true);
      expect(await (await fetch('/test-endpoint/received')).json()).to.deep.equal([]);
    });

    it('in English too', async () => {
      const el = await onResults('/test-endpoint/reject');
      el.lang = 'en';
      await waitUntil(() => button(el, 'Send the diagnosis'), 'in English');
      button(el, 'Send the diagnosis').click();
      await waitUntil(() => $(el, '.send-status').textContent!.includes('Sending failed'), 'failed');
      expect($(el, '.send-status').textContent).to.contain('the server answered 422: "Le champ');
    });
  });
});

/** The words of `root`'s text that a line break cuts in two (a word whose letters lie on two lines). */
function cutWords(root: Element): string[] {
  const cut: string[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    for (const match of (node.textContent ?? '').matchAll(/\S+/g)) {
      const range = document.createRange();
      range.setStart(node, match.index);
      range.setEnd(node, match.index + match[0].length);
      const lines = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
      if (lines.size > 1) cut.push(match[0]);
    }
  }
  return cut;
}

describe('<rouages-questionnaire> on a phone (320 px)', () => {
  before(() => setViewport({ width: 320, height: 800 }));
  after(() => setViewport({ width: 800, height: 600 }));

  it('the results table wraps between words, never inside one, in French and in English', async () => {
    const el = await fixture<RouagesQuestionnaire>(html`<rouages-questionnaire .value=${sample}></rouages-questionnaire>`);
    await openResults(el);
    const table = $(el, 'table.table');
    expect(table.getBoundingClientRect().right, 'the table fits').to.be.at.most(document.documentElement.clientWidth);
    expect(cutWords(table), 'French words cut').to.deep.equal([]);
    el.lang = 'en';
    await waitUntil(() => $(el, 'table.table caption')?.textContent === 'Score by dimension', 'in English', { timeout: 5000 });
    expect(cutWords($(el, 'table.table')), 'English words cut').to.deep.equal([]);
  });

  it('a very long project name without a space does not push the page sideways', async () => {
    const project = `PTCE${'Territorialdecoopérationéconomique'.repeat(3)}`;
    const el = await fixture<RouagesQuestionnaire>(html`<rouages-questionnaire .value=${{ ...sample, project }}></rouages-questionnaire>`);
    await openResults(el);
    expect(heading(el)).to.contain(project);
    expect(document.documentElement.scrollWidth, 'the page is no wider than the screen').to.be.at.most(document.documentElement.clientWidth);
    expect(el.getBoundingClientRect().right).to.be.at.most(document.documentElement.clientWidth);
  });
});

// Types only: the sample is a diagnostic.
export type { Diagnostic };

describe('<rouages-questionnaire> in English: no French on the page or in what it saves', () => {
  it('the mission line reads "Mission:" (no French space before the colon), and a copy kept aside exports under an English file name', async () => {
    const key = uniqueKey();
    const theirs = { ...sample, id: '0b4bb1e8-7bd0-4f7a-9d43-3b0f1f3e2a11', project: 'Kept' } as Diagnostic;
    localStorage.setItem(key, writeDraft({ diagnostic: sample as Diagnostic, place: { step: 'rouage', rouage: 'pilote' } }));
    localStorage.setItem(`${key}:aside:2024-05-01T10:00:00.000Z`, JSON.stringify({ format: 'rouages-aside/1', reason: 'file', diagnostic: theirs }));
    await loadBuiltInFramework('en');
    const el = await fixture<RouagesQuestionnaire>(html`<rouages-questionnaire locale="en" storage-key=${key}></rouages-questionnaire>`);
    await settle(el);
    expect(heading(el)).to.equal('Lead organisation');
    expect($(el, '.mission').textContent!.trim()).to.match(/^Mission: /);
    const file = await captureDownload(() => button(el, 'Export (JSON)').click());
    expect(file.name).to.match(/\.json$/);
    expect(file.name, 'no French word in the file name').to.not.match(/gardé|à-part/);
    expect(JSON.parse(file.text).id).to.equal(theirs.id);
    clearKey(key);
  });
});
