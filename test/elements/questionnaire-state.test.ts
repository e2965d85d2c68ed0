/**
 * <rouages-questionnaire>: what is shown is what is held, nothing given is lost, the form and
 * the endpoint are told the truth. Each failing input of issue #9 is one test here; the walks
 * check, after each step, that every indicator is reachable by Tab and that each radio shown
 * checked is the value held.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { $, button, clearKey, heading, openResults, pressButton, rateWithKeys, root, sentTo, settle, submits, uniqueKey } from './questionnaire-helpers.js';
import type { RouagesQuestionnaire } from '../../src/elements/rouages-questionnaire/rouages-questionnaire.js';
import { createDiagnostic, encodeShareLink, framework, indexFramework, type Diagnostic } from '../../src/sdk/index.js';
import { asideKey, writeDraft } from '../../src/state/draft.js';

const index = indexFramework(framework);

/** Each radio group shown: the radio checked is the value held (none when nothing is held). */
function expectRadiosMatch(el: RouagesQuestionnaire) {
  for (const group of root(el).querySelectorAll<HTMLFieldSetElement>('fieldset[data-item]')) {
    const item = group.dataset.item!;
    const checked = [...group.querySelectorAll<HTMLInputElement>('input[type="radio"]')].filter((r) => r.checked);
    const held = el.value!.answers[item];
    if (held === undefined) expect(checked, `${item}: nothing held, nothing checked`).to.have.length(0);
    else expect(checked.map((r) => r.value), `${item}: the radio checked is the value held`).to.deep.equal([String(held)]);
    // One group per item: every radio of the fieldset, and only they, share one name.
    const names = new Set([...group.querySelectorAll<HTMLInputElement>('input[type="radio"]')].map((r) => r.name));
    expect(names.size, `${item}: one radio group`).to.equal(1);
    expect(root(el).querySelectorAll(`input[name="${CSS.escape([...names][0]!)}"]`).length).to.equal(5);
  }
}

/** Tabs from the step's heading through the step; every rated item of the rouage shown is reached. */
async function expectEveryIndicatorReachable(el: RouagesQuestionnaire) {
  const step = $(el, 'section.step.rouage');
  const rouage = step.dataset.rouage!;
  const expected = (index.ratedItems.get(rouage) ?? []).map((i) => i.id);
  $(el, '[part~="heading"]').focus();
  const reached = new Set<string>();
  for (let i = 0; i < expected.length + 10; i++) {
    await sendKeys({ press: 'Tab' });
    const active = root(el).activeElement as HTMLInputElement | null;
    if (!active || !step.contains(active)) break;
    if (active.type === 'radio') reached.add(active.dataset.item!);
    if (active.tagName === 'BUTTON') break;
  }
  expect([...reached], `every indicator of ${rouage} is reached by Tab`).to.deep.equal(expected);
}

async function startWithKeys(el: RouagesQuestionnaire, project = 'PTCE du Val') {
  const input = $<HTMLInputElement>(el, '#project');
  input.focus();
  await sendKeys({ type: project });
  await sendKeys({ press: 'Enter' });
  await settle(el);
}

describe('<rouages-questionnaire>: one owner for the diagnostic (issue #9)', () => {
  it('failing input 1: after Previous / Next, the radio checked is the value held', async () => {
    const el = await fixture<RouagesQuestionnaire>(html`<rouages-questionnaire></rouages-questionnaire>`);
    await startWithKeys(el);
    await rateWithKeys(el, 'pilote.i1', 3);
    await pressButton(el, 'Suivant');
    expect(heading(el)).to.equal('Noyau dur');
    await rateWithKeys(el, 'noyau-dur.i1', 0);
    await pressButton(el, 'Précédent');
    expectRadiosMatch(el);
    await pressButton(el, 'Suivant');
    expect(el.value!.answers['noyau-dur.i1']).to.equal(0);
    expect($<HTMLInputElement>(el, 'input[data-item="noyau-dur.i1"][value="0"]').checked).to.equal(true);
    expectRadiosMatch(el);
  });

  it('failing input 2: after choosing a rouage in the list, Next, Previous, Next, Tab reaches every indicator', async () => {
    const el = await fixture<RouagesQuestionnaire>(html`<rouages-questionnaire></rouages-questionnaire>`);
    await startWithKeys(el);
    const link = [...root(el).querySelectorAll<HTMLAnchorElement>('nav a')].find((a) => a.textContent!.startsWith('Aspiration sociale collective'))!;
    link.focus();
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect(heading(el)).to.equal('Aspiration sociale collective');
    await pressButton(el, 'Suivant');
    await pressButton(el, 'Précédent');
    await pressButton(el, 'Suivant');
    expect(heading(el)).to.equal("Expérimentation d'activités");
    await expectEveryIndicatorReachable(el);
    expectRadiosMatch(el);
  });

  it('walks next / previous / jump / reload with the keyboard: after each step every indicator is reachable and every radio is the value held', async () => {
    const key = uniqueKey();
    const el = await fixture<RouagesQuestionnaire>(html`<rouages-questionnaire storage-key=${key}></rouages-questionnaire>`);
    await startWithKeys(el);
    const walk: (() => Promise<void>)[] = [
      () => rateWithKeys(el, 'pilote.i2', 1),
      () => pressButton(el, 'Suivant'),
      () => rateWithKeys(el, 'noyau-dur.i3', 2),
      () => pressButton(el, 'Suivant'),
      () => pressButton(el, 'Précédent'),
      async () => {
        const link = [...root(el).querySelectorAll<HTMLAnchorElement>('nav a')].find((a) => a.textContent!.startsWith('Prototypage'))!;
        link.focus();
        await sendKeys({ press: 'Enter' });
        await settle(el);
      },
      () => rateWithKeys(el, 'prototypage.i1', 3),
      () => pressButton(el, 'Précédent'),
      () => pressButton(el, 'Suivant'),
    ];
    for (const step of walk) {
      await step();
      expectRadiosMatch(el);
      await expectEveryIndicatorReachable(el);
    }
    // Reload: a new element on the same key comes back to the same place, with the same answers shown.
    window.dispatchEvent(new Event('pagehide'));
    const held = el.value;
    el.remove();
    const again = await fixture<RouagesQuestionnaire>(html`<rouages-questionnaire storage-key=${key}></rouages-questionnaire>`);
    await settle(again);
    expect(again.value).to.deep.equal(held);
    expect(heading(again)).to.equal('Prototypage');
    expectRadiosMatch(again);
    await expectEveryIndicatorReachable(again);
    clearKey(key);
  });

  describe("failing input 3: another person's file or share link is never merged with the person's answers, nor drops them", () => {
    for (const when of ['older', 'newer'] as const) {
      it(`a file with an ${when} updatedAt: asks first; confirmed, the person's answers are kept aside and can be brought back`, async () => {
        const key = uniqueKey();
        const el = await fixture<RouagesQuestionnaire>(html`<rouages-questionnaire storage-key=${key}></rouages-questionnaire>`);
        await startWithKeys(el, 'Mon projet');
        await rateWithKeys(el, 'pilote.i1', 3);
        const mine = el.value!;
        const stamp = when === 'older' ? '2020-01-01T00:00:00.000Z' : '2099-01-01T00:00:00.000Z';
        const theirs: Diagnostic = { ...createDiagnostic({ project: 'Autre projet', respondent: { name: 'Bob' } }), updatedAt: stamp, answers: { 'noyau-dur.i1': 1 } };
        // The import is on the start step.
        await pressButton(el, 'Précédent');
        const file = $<HTMLInputElement>(el, '#import-file');
        const data = new DataTransfer();
        data.items.add(new File([JSON.stringify(theirs)], 'bob.json', { type: 'application/json' }));
        file.files = data.files;
        file.dispatchEvent(new Event('change'));
        await waitUntil(() => root(el).querySelector('[data-notice="confirm"]'), 'the person is asked first');
        expect(el.value).to.deep.equal(mine);
        expect($(el, '[data-notice="confirm"]').textContent).to.contain('Autre projet');
        await pressButton(el, 'L’ouvrir, garder le mien à part');
        expect(el.value!.answers).to.deep.equal({ 'noyau-dur.i1': 1 });
        expect(el.value!.id).to.equal(theirs.id);
        // Kept aside in storage, said in one sentence, offered back.
        const aside = Object.keys(localStorage).filter((k) => k.startsWith(`${key}:aside:`));
        expect(aside).to.have.length(1);
        expect(JSON.parse(localStorage.getItem(aside[0]!)!).diagnostic).to.deep.equal(mine);
        expect($(el, '[data-notice="kept-aside"]').textContent).to.contain('«\u00a0Mon projet\u00a0»');
        await pressButton(el, 'Le reprendre');
        expect(el.value).to.deep.equal(mine);
        window.dispatchEvent(new Event('pagehide'));
        expect(JSON.parse(localStorage.getItem(key)!).diagnostic).to.deep.equal(mine);
        clearKey(key);
      });
    }

    it('a share link in the address ("L’ouvrir") goes the same way; declining keeps everything as it was', async () => {
      const theirs = createDiagnostic({ project: 'Autre projet', respondent: { name: 'Bob' } });
      theirs.answers = { 'noyau-dur.i1': 1 };
      const before = location.href;
      try {
        const el = await fixture<RouagesQuestionnaire>(html`<rouages-questionnaire></rouages-questionnaire>`);
        await startWithKeys(el, 'Mon projet');
        await rateWithKeys(el, 'pilote.i1', 3);
        const mine = el.value!;
        // Pasted into the address of this tab (hashchange): offered, not opened over the answers.
        location.hash = `rouages=${encodeShareLink(theirs)}`;
        await waitUntil(() => root(el).querySelector('[data-notice="shared"]'), 'the link is offered');
        expect(el.value).to.deep.equal(mine);
        await pressButton(el, 'L’ouvrir');
        expect(el.value).to.deep.equal(mine);
        await pressButton(el, 'Garder le mien');
        expect(el.value).to.deep.equal(mine);
        expect(root(el).querySelector('[data-notice="confirm"]')).to.equal(null);
      } finally {
        history.replaceState(null, '', before);
      }
    });
  });

  it('failing input 4: q.value = diagnostic is taken at once: value, FormData, validity, requestSubmit', async () => {
    const form = await fixture<HTMLFormElement>(html`<form><rouages-questionnaire name="diag" required></rouages-questionnaire></form>`);
    const q = form.querySelector('rouages-questionnaire') as RouagesQuestionnaire;
    const d = { ...createDiagnostic({ project: 'PTCE' }), answers: { 'pilote.i1': 2 as const } };
    q.value = d;
    // Same task: no await in between.
    expect(q.value).to.deep.equal(d);
    expect(JSON.parse(String(new FormData(form).get('diag')))).to.deep.equal(d);
    expect(form.checkValidity()).to.equal(true);
    expect(q.validity.valid).to.equal(true);
    expect(submits(form)).to.equal(true);
    // In English too, before the English framework has loaded.
    const en = document.createElement('rouages-questionnaire') as RouagesQuestionnaire;
    en.locale = 'en';
    form.append(en);
    en.value = d;
    expect(en.value).to.deep.equal(d);
  });

  it('failing input 5: a questionnaire that is not required never blocks its form', async () => {
    const form = await fixture<HTMLFormElement>(html`<form><input name="email" required value="a@b.fr" /><rouages-questionnaire name="diag"></rouages-questionnaire></form>`);
    const q = form.querySelector('rouages-questionnaire') as RouagesQuestionnaire;
    await settle(q);
    expect(q.willValidate).to.equal(true);
    expect(form.checkValidity()).to.equal(true);
    expect(submits(form)).to.equal(true);
    // Required: invalid, with a message in the element's language anchored on a focusable control.
    q.required = true;
    await settle(q);
    expect(form.checkValidity()).to.equal(false);
    expect(q.validationMessage).to.equal('Remplissez le diagnostic\u00a0: indiquez au moins le nom du projet.');
    q.reportValidity();
    expect(root(q).activeElement?.id).to.equal('project');
    q.locale = 'en';
    // English loads on demand; the message follows once it is there.
    await waitUntil(() => q.validationMessage === 'Fill in the diagnosis: give at least the project name.', 'the message in English');
    // Disabled: not validated, not submitted.
    q.disabled = true;
    await settle(q);
    expect(q.willValidate).to.equal(false);
    expect(form.checkValidity()).to.equal(true);
  });

  it('a copy kept aside is offered back after a reload (bring back / export / discard); copies beside a draft stay bounded', async () => {
    const key = uniqueKey();
    const mine = { ...createDiagnostic({ project: 'Le mien' }), answers: { 'pilote.i1': 3 as const } };
    const theirs = { ...createDiagnostic({ project: 'Celui de Bob', respondent: { name: 'Bob' } }), answers: { 'pilote.i2': 1 as const } };
    localStorage.setItem(key, JSON.stringify({ format: 'rouages-draft/1', diagnostic: mine }));
    for (let day = 1; day <= 6; day++) localStorage.setItem(`${key}:aside:2024-05-0${day}T10:00:00.000Z`, JSON.stringify({ format: 'rouages-aside/1', reason: 'file', diagnostic: day === 6 ? theirs : mine }));
    const el = await fixture<RouagesQuestionnaire>(html`<rouages-questionnaire storage-key=${key}></rouages-questionnaire>`);
    await settle(el);
    expect(root(el).textContent).to.contain('Une copie du diagnostic «\u00a0Celui de Bob\u00a0» datée du');
    expect(button(el, 'L’écarter')).to.exist;
    await pressButton(el, 'Le reprendre');
    expect(el.value!.id).to.equal(theirs.id);
    expect(root(el).textContent).to.contain('Le diagnostic repris a pris la place du diagnostic «\u00a0Le mien\u00a0»');
    const asides = Object.keys(localStorage).filter((k) => k.startsWith(`${key}:aside:`));
    expect(asides.length, 'at most 5 copies beside the draft').to.be.at.most(5);
    expect(asides.map((k) => JSON.parse(localStorage.getItem(k)!).diagnostic.id), 'the one brought back left, the one replaced is kept').to.include(mine.id).and.not.include(theirs.id);
    clearKey(key);
  });

  it('a required questionnaire whose project name is blank is not valid; "not json" is refused in French without the engine\'s text', async () => {
    const form = await fixture<HTMLFormElement>(html`<form><rouages-questionnaire name="diag" required></rouages-questionnaire></form>`);
    const q = form.querySelector('rouages-questionnaire') as RouagesQuestionnaire;
    q.value = { ...createDiagnostic({ project: 'x' }), project: '   ' };
    expect(q.value, 'the page\'s value is held').to.not.equal(null);
    expect(form.checkValidity()).to.equal(false);
    expect(q.validity.valueMissing).to.equal(true);
    q.value = { ...createDiagnostic({ project: 'PTCE' }) };
    expect(form.checkValidity()).to.equal(true);
    (q as unknown as { value: unknown }).value = 'not json';
    await settle(q);
    expect(root(q).textContent).to.contain('n\'est pas du JSON lisible');
    expect(root(q).textContent).to.not.match(/Unexpected|is not valid JSON|token/);
  });

  it('after a real send and a reload, an unchanged diagnostic says when it was sent, not "changed since"; sending again claims no new success', async () => {
    const { el: first, key } = await sentTo('/test-endpoint/ok');
    await waitUntil(() => $(first, '.send-status').textContent!.includes('Merci'), 'the success is reported');
    window.dispatchEvent(new Event('pagehide'));
    first.remove();

    const el = await fixture<RouagesQuestionnaire>(html`<rouages-questionnaire storage-key=${key} endpoint="/test-endpoint/ok"></rouages-questionnaire>`);
    await settle(el);
    if (!$(el, '.send-status')) {
      $<HTMLAnchorElement>(el, 'a[href="#results"]').click();
      await settle(el);
    }
    expect($(el, '.send-status').textContent).to.not.contain('modifié depuis');
    expect($(el, '.send-status').textContent).to.contain('a été envoyé le');
    await pressButton(el, 'Envoyer le diagnostic');
    expect($(el, '.send-status').textContent).to.not.contain('Merci');
    expect(root(el).textContent).to.contain('a déjà été envoyé le');
    const received = (await (await fetch('/test-endpoint/received')).json()) as unknown[];
    expect(received, 'posted once').to.have.length(1);
    clearKey(key);
  });

  it('failing input 6: a redirect is a failure that names it; a success is sent once; an edit ends "sent"', async () => {
    const { el, key, diagnostic: d } = await sentTo('/test-endpoint/redirect');
    await waitUntil(() => el.shadowRoot!.querySelector('.send-status.failed'), 'the redirect is reported');
    expect($(el, '.send-status').textContent).to.contain('le serveur a renvoyé vers une autre page');
    expect($(el, '.send-status').textContent).to.not.contain('Merci');
    window.dispatchEvent(new Event('pagehide'));
    expect(JSON.parse(localStorage.getItem(key)!).sent).to.equal(undefined);

    el.endpoint = '/test-endpoint/ok';
    await settle(el);
    await pressButton(el, 'Réessayer');
    await waitUntil(() => $(el, '.send-status').textContent!.includes('Merci'), 'the success is reported');
    await pressButton(el, 'Envoyer le diagnostic');
    expect(root(el).textContent).to.contain('n’a pas changé depuis\u00a0: il n’est pas renvoyé');
    const received = (await (await fetch('/test-endpoint/received')).json()) as { path: string; idempotencyKey: string; body: string }[];
    expect(received.map((r) => r.path)).to.deep.equal(['/test-endpoint/redirect', '/test-endpoint/ok']);
    expect(JSON.parse(received[1]!.body).id).to.equal(d.id);
    expect(received[1]!.idempotencyKey).to.match(new RegExp(`^${d.id}\\.[0-9a-f]{16}$`));
    expect(received[0]!.idempotencyKey, 'a retry of the same version carries the same key').to.equal(received[1]!.idempotencyKey);

    // An edit: no longer "sent".
    await pressButton(el, 'Modifier les réponses');
    await rateWithKeys(el, 'pilote.i1', 1);
    await openResults(el);
    expect($(el, '.send-status').textContent).to.not.contain('Merci');
    expect($(el, '.send-status').textContent).to.contain('modifié depuis');
    clearKey(key);
  });

  it('every sending attribute falls back to its default when invalid', async () => {
    const el = await fixture<RouagesQuestionnaire>(html`<rouages-questionnaire endpoint="/test-endpoint/ok" timeout="abc"></rouages-questionnaire>`);
    el.value = createDiagnostic({ project: 'PTCE' });
    await settle(el);
    await openResults(el);
    await pressButton(el, 'Envoyer le diagnostic');
    // A NaN timeout would abort at once; the default waits for the answer.
    await waitUntil(() => $(el, '.send-status').textContent!.includes('Merci'), 'sent with the default timeout');
    await fetch('/test-endpoint/received');
  });

  it('failing inputs 7 and 8: a file whose schema is {toString: 1}, or without schema, is refused in words; no page error', async () => {
    const el = await fixture<RouagesQuestionnaire>(html`<rouages-questionnaire></rouages-questionnaire>`);
    const errors: unknown[] = [];
    const onError = (e: ErrorEvent) => errors.push(e.error);
    window.addEventListener('error', onError);
    try {
      for (const [content, words] of [
        ['{"schema":{"toString":1}}', 'devrait être le texte « rouages-diagnostic/1 », c\'est un objet'],
        ['{"project":"P"}', "n'indique pas son format"],
        ['{"schema":{}}', "c'est un objet"],
      ] as const) {
        const file = $<HTMLInputElement>(el, '#import-file');
        const data = new DataTransfer();
        data.items.add(new File([content], 'x.json', { type: 'application/json' }));
        file.files = data.files;
        file.dispatchEvent(new Event('change'));
        await waitUntil(() => root(el).querySelector('[data-notice="import-failed"]')?.textContent?.includes(words), `refused: ${content}`);
        const text = $(el, '[data-notice="import-failed"]').textContent!;
        expect(text).to.not.match(/undefined|\[object Object\]|Est obligatoire\./);
        await pressButton(el, '×');
      }
    } finally {
      window.removeEventListener('error', onError);
    }
    expect(errors).to.deep.equal([]);
    expect(el.value).to.equal(null);
  });

  it('the value attribute (JSON) is read as the property is; a bad one is refused in words, without a page error', async () => {
    const d = { ...createDiagnostic({ project: 'PTCE' }), answers: { 'pilote.i1': 1 as const } };
    const el = await fixture<RouagesQuestionnaire>(html`<rouages-questionnaire value=${JSON.stringify(d)}></rouages-questionnaire>`);
    expect(el.value).to.deep.equal(d);
    el.setAttribute('value', '{"schema":{"toString":1}}');
    await settle(el);
    expect(el.value).to.deep.equal(d);
    expect($(el, '[role="alert"]').textContent).to.contain('La valeur donnée n’a pas pu être lue');
  });

  it('failing input 7: an impossible date given as value is refused and explained; nothing changes', async () => {
    const el = await fixture<RouagesQuestionnaire>(html`<rouages-questionnaire></rouages-questionnaire>`);
    el.value = { ...createDiagnostic({ project: 'P' }), date: '2023-02-31' };
    await settle(el);
    expect(el.value).to.equal(null);
    expect($(el, '[role="alert"]').textContent).to.contain('« 2023-02-31 » n\'est pas une date du calendrier');
  });

  it('a value set over a draft keeps the draft aside and says so; reset returns to the value and leaves no broken draft', async () => {
    const key = uniqueKey();
    const form = await fixture<HTMLFormElement>(html`<form><rouages-questionnaire name="d" storage-key=${key}></rouages-questionnaire></form>`);
    const el = form.querySelector('rouages-questionnaire') as RouagesQuestionnaire;
    await settle(el);
    await startWithKeys(el, 'Mon brouillon');
    await rateWithKeys(el, 'pilote.i1', 3);
    const draft = el.value!;
    const page = { ...createDiagnostic({ project: 'Donné par la page' }), answers: { 'pilote.i2': 1 as const } };
    el.value = page;
    await settle(el);
    expect(el.value).to.deep.equal(page);
    expect($(el, '[data-notice="kept-aside"]').textContent).to.contain('«\u00a0Mon brouillon\u00a0»');
    await rateWithKeys(el, 'pilote.i3', 2);
    form.reset();
    await settle(el);
    expect(el.value).to.deep.equal(page);
    window.dispatchEvent(new Event('pagehide'));
    expect(JSON.parse(localStorage.getItem(key)!).diagnostic).to.deep.equal(page);
    const kept = Object.keys(localStorage)
      .filter((k) => k.startsWith(`${key}:aside:`))
      .map((k) => JSON.parse(localStorage.getItem(k)!).diagnostic.answers);
    expect(kept).to.deep.include.members([draft.answers, { 'pilote.i2': 1, 'pilote.i3': 2 }]);
    clearKey(key);
  });

  it('two tabs editing different items at the same moment keep both answers', async () => {
    const key = uniqueKey();
    const a = await fixture<RouagesQuestionnaire>(html`<rouages-questionnaire storage-key=${key}></rouages-questionnaire>`);
    await startWithKeys(a);
    window.dispatchEvent(new Event('pagehide'));
    const b = await fixture<RouagesQuestionnaire>(html`<rouages-questionnaire storage-key=${key}></rouages-questionnaire>`);
    await settle(b);
    expect(b.value).to.deep.equal(a.value);
    // Each tab answers its own item; then each saves (a first), and b's save is announced to a as another tab's.
    await rateWithKeys(a, 'pilote.i1', 3);
    await rateWithKeys(b, 'pilote.i2', 1);
    window.dispatchEvent(new Event('pagehide'));
    const stored = localStorage.getItem(key)!;
    window.dispatchEvent(new StorageEvent('storage', { key, newValue: stored }));
    await settle(a);
    await settle(b);
    for (const tab of [a, b]) expect(tab.value!.answers).to.deep.equal({ 'pilote.i1': 3, 'pilote.i2': 1 });
    expect(JSON.parse(localStorage.getItem(key)!).diagnostic.answers).to.deep.equal({ 'pilote.i1': 3, 'pilote.i2': 1 });
    clearKey(key);
  });

  it('is accessible with a question pending, then with a copy kept aside and offered back', async () => {
    const el = await fixture<RouagesQuestionnaire>(html`<rouages-questionnaire></rouages-questionnaire>`);
    await startWithKeys(el, 'Mon projet');
    await rateWithKeys(el, 'pilote.i1', 3);
    await pressButton(el, 'Précédent');
    const theirs = createDiagnostic({ project: 'Autre', respondent: { name: 'Bob' } });
    $<HTMLDetailsElement>(el, 'details.import').open = true;
    $<HTMLInputElement>(el, '#import-link').value = `https://exemple.org/#rouages=${encodeShareLink(theirs)}`;
    await pressButton(el, 'Ouvrir le lien');
    expect(root(el).querySelector('[data-notice="confirm"]')).to.not.equal(null);
    await expect(el).to.be.accessible();
    await pressButton(el, 'L’ouvrir, garder le mien à part');
    expect(root(el).querySelector('[data-notice="kept-aside"]')).to.not.equal(null);
    await expect(el).to.be.accessible();
  });
});

describe('<rouages-questionnaire>: a copy kept aside in an earlier visit, "Le reprendre"', () => {
  const asides = (key: string) => Object.keys(localStorage).filter((k) => k.startsWith(asideKey(key, '')));
  const storedCopy = (key: string, at: string) => JSON.parse(localStorage.getItem(asideKey(key, at))!) as { format: string; diagnostic: Diagnostic };

  it('offered after a reload, brought back with the keyboard; the one it replaces is kept aside in its turn and can come back too', async () => {
    const key = uniqueKey();
    const mine = { ...createDiagnostic({ project: 'PTCE du Val', respondent: { name: 'Ana' } }), answers: { 'pilote.i1': 3 as const } };
    const kept = { ...createDiagnostic({ project: 'Autre projet', respondent: { name: 'Bob' } }), answers: { 'noyau-dur.i1': 2 as const } };
    const at = '2024-05-02T10:00:00.000Z';
    localStorage.setItem(key, writeDraft({ diagnostic: mine }));
    localStorage.setItem(asideKey(key, at), JSON.stringify({ format: 'rouages-aside/1', reason: 'file', diagnostic: kept }));

    const el = await fixture<RouagesQuestionnaire>(html`<rouages-questionnaire storage-key=${key}></rouages-questionnaire>`);
    await settle(el);
    expect(el.value!.id, 'the draft is what is shown').to.equal(mine.id);
    const offer = $(el, '[data-notice="stored-aside"]');
    expect(offer.textContent).to.contain('Une copie du diagnostic «\u00a0Autre projet\u00a0» datée du').and.contain('2024');
    expect([...offer.querySelectorAll('button')].map((b) => b.textContent!.trim())).to.deep.equal(['Le reprendre', 'Exporter (JSON)', 'L’écarter', '×']);
    await expect(el).to.be.accessible();

    await pressButton(el, 'Le reprendre');
    expect(el.value!.id, 'the copy is back').to.equal(kept.id);
    expect(el.value!.answers).to.deep.equal({ 'noyau-dur.i1': 2 });
    expect($(el, '[data-notice="stored-aside"]'), 'no longer offered').to.equal(null);
    expect(localStorage.getItem(asideKey(key, at)), 'the copy brought back leaves storage').to.equal(null);
    // What it replaced is not lost: kept aside in storage, said so, and offered back.
    const replaced = asides(key);
    expect(replaced).to.have.length(1);
    expect(storedCopy(key, replaced[0]!.slice(asideKey(key, '').length)).diagnostic.id).to.equal(mine.id);
    const notice = $(el, '[data-notice="kept-aside"]');
    expect(notice.textContent).to.contain('Le diagnostic repris a pris la place du diagnostic «\u00a0PTCE du Val\u00a0»');
    window.dispatchEvent(new Event('pagehide'));
    expect(JSON.parse(localStorage.getItem(key)!).diagnostic.id, 'the draft is the one brought back').to.equal(kept.id);

    await pressButton(el, 'Le reprendre');
    expect(el.value!.id, 'and back again').to.equal(mine.id);
    expect(el.value!.answers).to.deep.equal({ 'pilote.i1': 3 });
    clearKey(key);
  });
});
