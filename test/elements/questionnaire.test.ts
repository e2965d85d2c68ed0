import { loadBuiltInFramework } from '../../src/elements/shared/frameworks.js';
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { $, button, heading, openResults, root, settle, uniqueKey } from './questionnaire-helpers.js';
import '../../src/elements/rouages-provider/define.js';
import type { RouagesQuestionnaire } from '../../src/elements/rouages-questionnaire/rouages-questionnaire.js';
import type { RouagesProvider } from '../../src/elements/rouages-provider/rouages-provider.js';
import type { RouagesWheel } from '../../src/elements/rouages-wheel/rouages-wheel.js';
import { createDiagnostic, decodeShareLink, encodeShareLink, parseDiagnostic, type Diagnostic } from '../../src/sdk/index.js';
import sample from '../../demo/samples/phare-2021.json';
import { captureDownload } from './helpers.js';

/** The sample with a person's details: what a share link or an export leaves out unless asked. */
const withPerson: Diagnostic = { ...(sample as Diagnostic), respondent: { name: 'Camille Martin', role: 'Coordinatrice', organisation: 'Le PHARE' } };

/** Fills in the start form and starts. */
async function start(el: RouagesQuestionnaire, project = 'PTCE du Val') {
  const input = $<HTMLInputElement>(el, '#project');
  input.value = project;
  input.dispatchEvent(new Event('input'));
  $<HTMLInputElement>(el, '#respondent').value = 'Ana';
  $<HTMLInputElement>(el, '#role').value = 'Coordinatrice';
  button(el, 'Commencer le diagnostic').click();
  await settle(el);
}

/** A storage that refuses every write, as a full or blocked localStorage does. */
const fullStorage = {
  getItem: () => null,
  setItem: () => {
    throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
  },
  removeItem: () => {},
};

describe('<rouages-questionnaire>', () => {
  it('starts with the project details, the method and the rating scale; the project is required', async () => {
    const el = await fixture<RouagesQuestionnaire>(html`<rouages-questionnaire></rouages-questionnaire>`);
    expect(heading(el)).to.equal('Votre diagnostic');
    expect(root(el).textContent).to.contain('Pas commencé');
    expect(root(el).textContent).to.contain('Je ne sais pas / non concerné');
    expect($<HTMLInputElement>(el, '#project').required).to.equal(true);
    await expect(el).to.be.accessible();
    button(el, 'Commencer le diagnostic').click();
    await settle(el);
    expect(el.value).to.equal(null);
    expect(heading(el)).to.equal('Votre diagnostic');
    await start(el);
    expect(el.value!.project).to.equal('PTCE du Val');
    expect(el.value!.respondent).to.deep.equal({ name: 'Ana', role: 'Coordinatrice' });
    expect(heading(el)).to.equal('Pilote');
  });

  it('is filled in with the keyboard: radio groups, notes, next and previous', async () => {
    const el = await fixture<RouagesQuestionnaire>(html`<rouages-questionnaire></rouages-questionnaire>`);
    await start(el);
    await expect(el).to.be.accessible();
    // The rating of each indicator is a radio group: arrow keys choose within it.
    const first = root(el).querySelector<HTMLInputElement>('input[data-item="pilote.i1"]')!;
    first.focus();
    await sendKeys({ press: 'Space' });
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'ArrowRight' });
    await settle(el);
    expect(el.value!.answers['pilote.i1']).to.equal(2);
    // Tab to the next group, choose "don't know" with the arrows (it is the last option).
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'ArrowLeft' });
    await settle(el);
    expect(el.value!.answers['pilote.i2']).to.equal(null);
    // A note.
    const note = $<HTMLTextAreaElement>(el, 'textarea[id="note-pilote.q1"]');
    note.focus();
    await sendKeys({ type: 'Une volonté forte' });
    await settle(el);
    expect(el.value!.notes['pilote.q1']).to.equal('Une volonté forte');
    button(el, 'Suivant').focus();
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect(heading(el)).to.equal('Noyau dur');
    // The heading gets the focus, so a screen reader hears where the person is.
    expect(root(el).activeElement?.id).to.equal('rouage-title');
    // "Passer ce rouage" did what "Suivant" does: one button moves on (issue #14).
    expect(button(el, 'Passer ce rouage')).to.equal(undefined);
    button(el, 'Suivant').click();
    await settle(el);
    expect(heading(el)).to.equal('Collectif élargi');
    button(el, 'Précédent').click();
    await settle(el);
    expect(heading(el)).to.equal('Noyau dur');
  });

  it('is filled in with the pointer: choose, navigate by the list, see the results with the wheel and the next gears', async () => {
    const changes: Diagnostic[] = [];
    const el = await fixture<RouagesQuestionnaire>(html`<rouages-questionnaire @change=${(e: CustomEvent<Diagnostic>) => changes.push(e.detail)}></rouages-questionnaire>`);
    await start(el);
    for (const [item, value] of [['pilote.i1', 3], ['pilote.i2', 3], ['pilote.i3', 3]] as const) {
      const options = root(el).querySelectorAll<HTMLInputElement>(`input[data-item="${item}"]`);
      options[value]!.click();
    }
    await settle(el);
    expect(changes.at(-1)!.answers).to.deep.equal({ 'pilote.i1': 3, 'pilote.i2': 3, 'pilote.i3': 3 });
    // The list of rouages shows completion, and takes the person anywhere.
    const nav = $(el, '[part="nav"]');
    expect(nav.querySelector('a[href="#pilote"]')!.textContent).to.contain('complet');
    expect(nav.querySelector('.progress-text')!.textContent).to.equal('3 sur 51 indicateurs renseignés');
    (nav.querySelector('a[href="#aspiration-sociale-collective"]') as HTMLAnchorElement).click();
    await settle(el);
    expect(heading(el)).to.equal('Aspiration sociale collective');
    expect(root(el).textContent).to.contain("Ce rouage n'a pas d'indicateur dans la méthode");
    root(el).querySelectorAll<HTMLInputElement>('input[data-item="aspiration-sociale-collective.mission"]')[2]!.click();
    (nav.querySelector('a[href="#results"]') as HTMLAnchorElement).click();
    await settle(el);
    expect(heading(el)).to.equal('Résultats — PTCE du Val');
    const wheel = $<RouagesWheel>(el, 'rouages-wheel');
    await wheel.updateComplete;
    expect(wheel.shadowRoot!.querySelector('[data-id="pilote"]')!.getAttribute('aria-label')).to.contain('100\u00a0%');
    const rows = [...root(el).querySelectorAll('table.table tbody tr')].map((tr) => tr.textContent!.replace(/\s+/g, ' ').trim());
    expect(rows[0]).to.equal('Acteurs 100 % 27 % Noyau dur');
    const next = [...root(el).querySelectorAll('.recommendations h4')].map((h) => h.textContent!.split(' —')[0]!.trim());
    expect(next).to.deep.equal(['Noyau dur', 'Constats de territoire', 'Premières ressources', 'Projet collectif', 'Diagnostic']);
    expect(root(el).querySelector('.recommendations')!.textContent).to.contain('Lettre d\'intention collective');
    await expect(el).to.be.accessible();
  });

  it('exports JSON that parses back, and CSV for a spreadsheet: without the personal details unless the person ticks them in', async () => {
    const el = await fixture<RouagesQuestionnaire>(html`<rouages-questionnaire .value=${withPerson}></rouages-questionnaire>`);
    await openResults(el);
    const json = await captureDownload(() => button(el, 'Exporter (JSON)').click());
    expect(json.name).to.equal('ptce-auton-hommes-phare-2021-10-15.json');
    const { respondent: _left, ...anonymous } = withPerson;
    expect(parseDiagnostic(json.text)).to.deep.equal({ success: true, data: anonymous });
    const csv = await captureDownload(() => button(el, 'Exporter pour un tableur (CSV)').click());
    expect(csv.name).to.match(/\.csv$/);
    expect(csv.text.startsWith('"Projet";"Répondant"')).to.equal(true);
    expect(csv.text).to.contain('"Pilote";"Indicateur";"pilote.i1"');
    expect(csv.text).to.not.contain('Camille Martin');
    // Ticked in: the same exports carry them.
    $<HTMLInputElement>(el, '#share-personal').click();
    await settle(el);
    expect(parseDiagnostic((await captureDownload(() => button(el, 'Exporter (JSON)').click())).text)).to.deep.equal({ success: true, data: withPerson });
    const named = await captureDownload(() => button(el, 'Exporter pour un tableur (CSV)').click());
    expect(named.text).to.contain('Camille Martin').and.contain('Coordinatrice').and.contain('Le PHARE');
  });

  it('makes a share link that says what it holds: without the name, role and organisation unless the person ticks them in; it opens on the results', async () => {
    const el = await fixture<RouagesQuestionnaire>(html`<rouages-questionnaire .value=${withPerson}></rouages-questionnaire>`);
    await openResults(el);
    button(el, 'Créer un lien de partage').click();
    await settle(el);
    const url = $<HTMLInputElement>(el, '#share-url').value;
    expect(url).to.contain('#rouages=R1.');
    // Said where the link is made, before it is copied.
    const said = $(el, '.share-contains').textContent!;
    expect(said).to.contain('le nom du projet').and.contain('vos notes des indicateurs').and.contain('vos réponses aux questions ouvertes');
    expect(said).to.not.contain('votre nom');
    expect(said).to.contain('Votre nom, votre rôle et votre organisation n’y sont pas.');
    expect($<HTMLInputElement>(el, '#share-personal').checked).to.equal(false);
    const { respondent: _left, ...anonymous } = withPerson;
    expect(decodeShareLink(url.split('#rouages=')[1])).to.deep.equal({ success: true, data: anonymous });
    // Ticked in: the link carries them, and says so.
    $<HTMLInputElement>(el, '#share-personal').click();
    await settle(el);
    const named = $<HTMLInputElement>(el, '#share-url').value;
    expect(decodeShareLink(named.split('#rouages=')[1])).to.deep.equal({ success: true, data: withPerson });
    expect($(el, '.share-contains').textContent).to.contain('votre nom, votre rôle et votre organisation');
    await expect(el).to.be.accessible();

    const other = await fixture<RouagesQuestionnaire>(html`<rouages-questionnaire></rouages-questionnaire>`);
    root(other).querySelector('details.import')!.setAttribute('open', '');
    $<HTMLInputElement>(other, '#import-link').value = url;
    button(other, 'Ouvrir le lien').click();
    await settle(other);
    expect(other.value).to.deep.equal(anonymous);
    expect($(other, '[role="status"]').textContent).to.contain('importé');
    // A partner's diagnostic is read first: its results, not its first rouage.
    expect(heading(other)).to.equal('Résultats — PTCE Auton\'hommes (PHARE)');
  });

  it('imports a good file, and refuses a bad one without touching the answers', async () => {
    const el = await fixture<RouagesQuestionnaire>(html`<rouages-questionnaire></rouages-questionnaire>`);
    await start(el, 'Avant import');
    const before = el.value;
    (root(el).querySelector('a[href="#results"]') as HTMLAnchorElement)!.click();
    await settle(el);
    button(el, 'Modifier les réponses').click();
    await settle(el);
    // Import lives on the start page.
    button(el, 'Précédent').click();
    await settle(el);
    const input = $<HTMLInputElement>(el, '#import-file');
    const choose = async (text: string) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([text], 'diagnostic.json', { type: 'application/json' }));
      input.files = transfer.files;
      input.dispatchEvent(new Event('change'));
      // The element empties the input once it has read the file: then its answer is in.
      await waitUntil(() => input.files?.length === 0, 'the file is read');
      await settle(el);
    };
    await choose('{"schema": "rouages-diagnostic/1", "answers": {"pilote.i1": 7}}');
    expect(el.value).to.deep.equal(before);
    expect($(el, '[role="alert"]').textContent).to.match(/Import impossible, vos réponses actuelles sont conservées\. Le diagnostic n'est pas valide/);
    await expect(el).to.be.accessible();
    await choose(JSON.stringify(sample));
    expect(el.value).to.deep.equal(sample);
  });

  it('refuses a file whose known indicator has an impossible rating, as the report does, instead of importing it and calling the answer "another version"', async () => {
    const el = await fixture<RouagesQuestionnaire>(html`<rouages-questionnaire></rouages-questionnaire>`);
    await start(el, 'En cours');
    const before = el.value;
    button(el, 'Précédent').click();
    await settle(el);
    const input = $<HTMLInputElement>(el, '#import-file');
    const transfer = new DataTransfer();
    transfer.items.add(new File([JSON.stringify({ ...sample, answers: { ...sample.answers, 'pilote.i1': 7 } })], 'diagnostic.json', { type: 'application/json' }));
    input.files = transfer.files;
    input.dispatchEvent(new Event('change'));
    await waitUntil(() => input.files?.length === 0, 'the file is read');
    await settle(el);
    expect(el.value, 'the answers in progress stay').to.deep.equal(before);
    expect($(el, '[role="alert"]').textContent).to.contain('Import impossible, vos réponses actuelles sont conservées');
    expect($(el, '[role="alert"]').textContent).to.contain('pilote.i1');
    expect(root(el).textContent).to.not.contain('autre version');
  });

  it('saves every answer under storage-key and restores answers and place after a reload', async () => {
    const key = uniqueKey();
    const el = await fixture<RouagesQuestionnaire>(html`<rouages-questionnaire storage-key=${key}></rouages-questionnaire>`);
    await start(el);
    root(el).querySelectorAll<HTMLInputElement>('input[data-item="pilote.i1"]')[1]!.click();
    button(el, 'Suivant').click();
    await settle(el);
    window.dispatchEvent(new Event('pagehide'));
    const stored = JSON.parse(localStorage.getItem(key)!);
    expect(stored.diagnostic.answers).to.deep.equal({ 'pilote.i1': 1 });
    expect(stored.place).to.deep.equal({ step: 'rouage', rouage: 'noyau-dur' });
    el.remove();
    const again = await fixture<RouagesQuestionnaire>(html`<rouages-questionnaire storage-key=${key}></rouages-questionnaire>`);
    await settle(again);
    expect(again.value!.answers).to.deep.equal({ 'pilote.i1': 1 });
    expect(heading(again)).to.equal('Noyau dur');
    expect($(again, '[role="status"]').textContent).to.contain('Vos réponses précédentes ont été reprises.');
    localStorage.removeItem(key);
  });

  it('saves within a moment, without waiting for the page to close', async () => {
    const key = uniqueKey();
    const el = await fixture<RouagesQuestionnaire>(html`<rouages-questionnaire storage-key=${key} .value=${sample}></rouages-questionnaire>`);
    await settle(el);
    root(el).querySelectorAll<HTMLInputElement>('input[data-item="pilote.i1"]')[0]!.click();
    // Saved within a moment (the element waits 250 ms for more input), with no pagehide.
    await waitUntil(() => JSON.parse(localStorage.getItem(key) ?? 'null')?.diagnostic?.answers?.['pilote.i1'] === 0, 'the answer is saved', { timeout: 2000 });
    localStorage.removeItem(key);
  });

  it('keeps a draft of another framework version: carries over what it can, keeps the rest apart and says so', async () => {
    const key = uniqueKey();
    const old = { ...sample, framework: { id: 'rouages-cooperation', version: '0.1.0' }, answers: { 'pilote.i1': 2, 'pilote.i9': 3 } };
    localStorage.setItem(key, JSON.stringify({ format: 'rouages-draft/1', diagnostic: old, place: { step: 'rouage', rouage: 'pilote' } }));
    const el = await fixture<RouagesQuestionnaire>(html`<rouages-questionnaire storage-key=${key}></rouages-questionnaire>`);
    await settle(el);
    expect(el.value!.answers).to.deep.equal({ 'pilote.i1': 2 });
    const status = $(el, '[role="status"]').textContent!;
    expect(status).to.contain("1 réponse d’une autre version du questionnaire n’a pas pu être reprise");
    const asideKey = Object.keys(localStorage).find((k) => k.startsWith(`${key}:aside:`))!;
    expect(JSON.parse(localStorage.getItem(asideKey)!)).to.deep.equal({ leftovers: { answers: { 'pilote.i9': 3 }, notes: {} } });
    for (const k of Object.keys(localStorage)) if (k.startsWith(key)) localStorage.removeItem(k);
  });

  it('keeps an unreadable draft apart instead of dropping it', async () => {
    const key = uniqueKey();
    localStorage.setItem(key, 'not json at all');
    const el = await fixture<RouagesQuestionnaire>(html`<rouages-questionnaire storage-key=${key}></rouages-questionnaire>`);
    await settle(el);
    expect($(el, '[role="status"]').textContent).to.contain('Un brouillon enregistré n’a pas pu être lu');
    const asideKey = Object.keys(localStorage).find((k) => k.startsWith(`${key}:aside:`))!;
    expect(localStorage.getItem(asideKey)).to.equal('not json at all');
    for (const k of Object.keys(localStorage)) if (k.startsWith(key)) localStorage.removeItem(k);
  });

  it('warns when storage is full or blocked, and keeps the answers in memory for export', async () => {
    const el = await fixture<RouagesQuestionnaire>(html`<rouages-questionnaire storage-key="full" .storage=${fullStorage}></rouages-questionnaire>`);
    await start(el);
    root(el).querySelectorAll<HTMLInputElement>('input[data-item="pilote.i1"]')[3]!.click();
    window.dispatchEvent(new Event('pagehide'));
    await settle(el);
    expect($(el, '[role="status"]').textContent).to.contain('Vos réponses ne peuvent pas être enregistrées dans ce navigateur');
    expect(el.value!.answers['pilote.i1']).to.equal(3);
    await expect(el).to.be.accessible();
    const blocked = await fixture<RouagesQuestionnaire>(html`<rouages-questionnaire storage-key="blocked" .storage=${null}></rouages-questionnaire>`);
    await settle(blocked);
    expect($(blocked, '[role="status"]').textContent).to.contain('ne peuvent pas être enregistrées');
  });

  it('does not overwrite another tab\'s newer answers (storage event)', async () => {
    const key = uniqueKey();
    const el = await fixture<RouagesQuestionnaire>(html`<rouages-questionnaire storage-key=${key} .value=${{ ...sample, answers: { 'pilote.i1': 1 } }}></rouages-questionnaire>`);
    await settle(el);
    // This tab answers pilote.i2; meanwhile the other tab saved pilote.i3 and its own pilote.i1.
    root(el).querySelectorAll<HTMLInputElement>('input[data-item="pilote.i2"]')[2]!.click();
    await settle(el);
    const theirs = { ...sample, updatedAt: new Date(Date.now() + 1000).toISOString(), answers: { 'pilote.i1': 3, 'pilote.i3': 0 } };
    const text = JSON.stringify({ format: 'rouages-draft/1', diagnostic: theirs, place: { step: 'rouage', rouage: 'pilote' } });
    localStorage.setItem(key, text);
    window.dispatchEvent(new StorageEvent('storage', { key, newValue: text }));
    await settle(el);
    expect(el.value!.answers).to.deep.equal({ 'pilote.i1': 3, 'pilote.i2': 2, 'pilote.i3': 0 });
    window.dispatchEvent(new Event('pagehide'));
    await waitUntil(() => JSON.parse(localStorage.getItem(key) ?? 'null')?.diagnostic?.answers?.['pilote.i2'] === 2, 'the merged draft is saved');
    expect(JSON.parse(localStorage.getItem(key)!).diagnostic.answers).to.deep.equal({ 'pilote.i1': 3, 'pilote.i2': 2, 'pilote.i3': 0 });
    localStorage.removeItem(key);
  });

  it('opens a share link found in the page address on its results when nothing would be replaced; the address and history stay as they are', async () => {
    const token = encodeShareLink(sample as Diagnostic);
    const before = location.href;
    history.replaceState(null, '', `#rouages=${token}`);
    const length = history.length;
    try {
      const el = await fixture<RouagesQuestionnaire>(html`<rouages-questionnaire></rouages-questionnaire>`);
      await settle(el);
      expect(el.value).to.deep.equal(sample);
      expect(heading(el)).to.equal('Résultats — PTCE Auton\'hommes (PHARE)');
      expect(location.hash).to.equal(`#rouages=${token}`);
      expect(history.length).to.equal(length);
    } finally {
      history.replaceState(null, '', before);
    }
  });

  it('a share link pasted into the address of a tab already open (hashchange): offered over the answers, asked before replacing them, no reload', async () => {
    const theirs = { ...(sample as Diagnostic), id: 'their-diagnostic' };
    const before = location.href;
    const el = await fixture<RouagesQuestionnaire>(html`<rouages-questionnaire></rouages-questionnaire>`);
    try {
      await start(el);
      root(el).querySelectorAll<HTMLInputElement>('input[data-item="pilote.i1"]')[3]!.click();
      await settle(el);
      const mine = el.value!;
      location.hash = `rouages=${encodeShareLink(theirs)}`;
      await waitUntil(() => root(el).querySelector('[data-notice="shared"]'), 'the link is offered');
      expect(el.value).to.deep.equal(mine);
      button(el, 'L’ouvrir').click();
      await waitUntil(() => root(el).querySelector('[data-notice="confirm"]'), 'asked first: another project');
      expect(el.value).to.deep.equal(mine);
      button(el, 'L’ouvrir, garder le mien à part').click();
      await settle(el);
      expect(el.value!.id).to.equal('their-diagnostic');
      expect(heading(el)).to.equal('Résultats — PTCE Auton\'hommes (PHARE)');
      expect($(el, '[data-notice="kept-aside"]').textContent).to.contain('PTCE du Val');
      // And on an empty questionnaire, a pasted link opens at once, on its results.
      history.replaceState(null, '', before);
      const empty = await fixture<RouagesQuestionnaire>(html`<rouages-questionnaire></rouages-questionnaire>`);
      expect(empty.value).to.equal(null);
      location.hash = `rouages=${encodeShareLink({ ...theirs, id: 'another' })}`;
      await waitUntil(() => empty.value?.id === 'another', 'opened without a reload');
      await settle(empty);
      expect(heading(empty)).to.equal('Résultats — PTCE Auton\'hommes (PHARE)');
    } finally {
      history.replaceState(null, '', before);
    }
  });

  it('takes part in a plain <form>: FormData holds the diagnostic; when required, the browser asks for it', async () => {
    const form = await fixture<HTMLFormElement>(html`<form><rouages-questionnaire name="diagnostic" required></rouages-questionnaire><button>Envoyer</button></form>`);
    const el = form.querySelector('rouages-questionnaire') as RouagesQuestionnaire;
    await settle(el);
    expect(el.form).to.equal(form);
    expect(form.checkValidity()).to.equal(false);
    expect(new FormData(form).get('diagnostic')).to.equal(null);
    await start(el);
    root(el).querySelectorAll<HTMLInputElement>('input[data-item="pilote.i1"]')[2]!.click();
    await settle(el);
    expect(form.checkValidity()).to.equal(true);
    const posted = JSON.parse(String(new FormData(form).get('diagnostic')));
    expect(posted.project).to.equal('PTCE du Val');
    expect(posted.answers).to.deep.equal({ 'pilote.i1': 2 });
  });

  it('resets with the form, keeping the abandoned draft apart', async () => {
    const key = uniqueKey();
    const form = await fixture<HTMLFormElement>(html`<form><rouages-questionnaire name="d" storage-key=${key}></rouages-questionnaire></form>`);
    const el = form.querySelector('rouages-questionnaire') as RouagesQuestionnaire;
    await settle(el);
    await start(el);
    root(el).querySelectorAll<HTMLInputElement>('input[data-item="pilote.i1"]')[1]!.click();
    await settle(el);
    form.reset();
    await settle(el);
    expect(el.value).to.equal(null);
    expect(localStorage.getItem(key), 'no draft left behind').to.equal(null);
    expect(heading(el)).to.equal('Votre diagnostic');
    expect(Object.keys(localStorage).some((k) => k.startsWith(`${key}:aside:`))).to.equal(true);
    for (const k of Object.keys(localStorage)) if (k.startsWith(key)) localStorage.removeItem(k);
  });

  it('submits: the page can take over by cancelling rouages-submit', async () => {
    const el = await fixture<RouagesQuestionnaire>(html`<rouages-questionnaire endpoint="/test-endpoint/ok" .value=${sample}></rouages-questionnaire>`);
    await openResults(el);
    el.addEventListener('rouages-submit', (e) => e.preventDefault(), { once: true });
    setTimeout(() => button(el, 'Envoyer le diagnostic').click());
    const event = await oneEvent(el, 'rouages-submit');
    expect(event.detail).to.deep.equal(sample);
    await settle(el);
    const received = await (await fetch('/test-endpoint/received')).json();
    expect(received).to.deep.equal([]);
  });

  it('posts to the endpoint: 200 is reported; 500 and a timeout are shown, the draft kept, and retry works', async () => {
    const key = uniqueKey();
    const el = await fixture<RouagesQuestionnaire>(html`<rouages-questionnaire storage-key=${key} endpoint="/test-endpoint/fail" .value=${sample}></rouages-questionnaire>`);
    await openResults(el);
    button(el, 'Envoyer le diagnostic').click();
    await waitUntil(() => $(el, '.send-status').textContent!.includes('L’envoi a échoué'), 'the failure is shown');
    expect($(el, '.send-status').textContent).to.contain('L’envoi a échoué (le serveur a répondu 500\u00a0: «\u00a0Internal error\u00a0»)');
    expect($(el, '.send-status').getAttribute('role')).to.equal('alert');
    expect(localStorage.getItem(key)).to.not.equal(null);
    await expect(el).to.be.accessible();

    el.endpoint = '/test-endpoint/slow';
    el.timeout = 200;
    button(el, 'Réessayer').click();
    await waitUntil(() => $(el, '.send-status').textContent!.includes('le serveur n’a pas répondu à temps'), 'the timeout is shown', { timeout: 3000 });

    el.endpoint = '/test-endpoint/ok';
    button(el, 'Réessayer').click();
    await waitUntil(() => $(el, '.send-status').textContent!.trim() === 'Diagnostic envoyé. Merci\u202f!', 'the success is shown');
    el.dispatchEvent(new Event('pagehide'));
    window.dispatchEvent(new Event('pagehide'));
    const received = (await (await fetch('/test-endpoint/received')).json()) as { path: string; contentType: string; body: string }[];
    const ok = received.find((r) => r.path === '/test-endpoint/ok')!;
    expect(ok.contentType).to.equal('application/json');
    expect(JSON.parse(ok.body)).to.deep.equal(sample);
    expect(JSON.parse(localStorage.getItem(key)!).sent.at).to.be.a('string');
    localStorage.removeItem(key);
  });

  it('read-only: answers shown, nothing can change', async () => {
    const el = await fixture<RouagesQuestionnaire>(html`<rouages-questionnaire readonly .value=${sample}></rouages-questionnaire>`);
    await settle(el);
    const radios = [...root(el).querySelectorAll<HTMLInputElement>('input[type="radio"]')];
    expect(radios.every((r) => r.disabled)).to.equal(true);
    expect(radios.filter((r) => r.checked)).to.have.length(3);
    expect($(el, '[role="status"]').parentElement!.textContent).to.contain('lecture seule');
    await expect(el).to.be.accessible();
  });

  it('opens at start-at', async () => {
    const el = await fixture<RouagesQuestionnaire>(html`<rouages-questionnaire start-at="prototypage" .value=${createDiagnostic({ project: 'P' })}></rouages-questionnaire>`);
    await settle(el);
    expect(heading(el)).to.equal('Prototypage');
  });

  it('inside a provider: writes its diagnostic, so a wheel beside it follows each answer; the wheel drives the page', async () => {
    const provider = await fixture<RouagesProvider>(html`<rouages-provider>
      <rouages-wheel></rouages-wheel>
      <rouages-questionnaire .value=${createDiagnostic({ project: 'P' })}></rouages-questionnaire>
    </rouages-provider>`);
    const el = provider.querySelector('rouages-questionnaire') as RouagesQuestionnaire;
    const wheel = provider.querySelector('rouages-wheel') as RouagesWheel;
    await settle(el);
    root(el).querySelectorAll<HTMLInputElement>('input[data-item="pilote.i1"]')[3]!.click();
    await settle(el);
    await provider.updateComplete;
    await wheel.updateComplete;
    expect(wheel.shadowRoot!.querySelector('[data-id="pilote"]')!.getAttribute('aria-label')).to.contain('100\u00a0%');
    expect(provider.selected).to.equal('pilote');
    wheel.shadowRoot!.querySelector('[data-id="deploiement"]')!.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    await provider.updateComplete;
    await settle(el);
    expect(heading(el)).to.equal('Déploiement');
  });

  it('speaks English', async () => {
    const el = await fixture<RouagesQuestionnaire>(html`<rouages-questionnaire locale="en" .value=${sample}></rouages-questionnaire>`);
    await loadBuiltInFramework('en');
    await new Promise((r) => setTimeout(r, 0));
    await settle(el);
    expect(heading(el)).to.equal('Lead organisation');
    expect(button(el, 'Next')).to.exist;
    await expect(el).to.be.accessible();
  });
});
