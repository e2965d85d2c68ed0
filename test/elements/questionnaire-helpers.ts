/** What the questionnaire's tests share: reading its shadow root, acting as a person does, waiting for it. */
import { fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/elements/rouages-questionnaire/define.js';
import type { RouagesQuestionnaire } from '../../src/elements/rouages-questionnaire/rouages-questionnaire.js';
import { createDiagnostic, type Diagnostic } from '../../src/sdk/index.js';

export const root = (el: RouagesQuestionnaire) => el.shadowRoot!;
export const $ = <T extends Element = HTMLElement>(el: RouagesQuestionnaire, selector: string) => root(el).querySelector<T & Element>(selector) as T;
/** The current step's heading, as read. */
export const heading = (el: RouagesQuestionnaire) => $(el, '[part~="heading"]').textContent!.trim();
/** The button whose text is `text`. */
export const button = (el: RouagesQuestionnaire, text: string) => [...root(el).querySelectorAll('button')].find((b) => b.textContent!.trim() === text)!;

/** Waits for the element, then for what it started (a file read, a storage event), then for it again. */
export async function settle(el: RouagesQuestionnaire): Promise<void> {
  await el.updateComplete;
  await new Promise((r) => setTimeout(r, 0));
  await el.updateComplete;
}

/** A storage key no other test uses. */
export const uniqueKey = () => `test-${Math.random().toString(36).slice(2)}`;
/** Removes the draft under `key` and every copy kept aside beside it. */
export const clearKey = (key: string) => Object.keys(localStorage).forEach((k) => k.startsWith(key) && localStorage.removeItem(k));

/** Whether `form.requestSubmit()` gets as far as the form's submit event (which is then stopped). */
export function submits(form: HTMLFormElement): boolean {
  let submitted = false;
  const onSubmit = (e: Event) => {
    submitted = true;
    e.preventDefault();
  };
  form.addEventListener('submit', onSubmit);
  form.requestSubmit();
  form.removeEventListener('submit', onSubmit);
  return submitted;
}

/** Opens the results from the list of rouages, as a person does. */
export async function openResults(el: RouagesQuestionnaire): Promise<void> {
  $<HTMLAnchorElement>(el, 'a[href="#results"]').click();
  await settle(el);
}

/** Chooses a rating with the keyboard: focus the group's first radio, then arrows to the option (Space selects). */
export async function rateWithKeys(el: RouagesQuestionnaire, item: string, rating: 0 | 1 | 2 | 3) {
  root(el).querySelector<HTMLInputElement>(`input[data-item="${item}"]`)!.focus();
  await sendKeys({ press: 'Space' });
  for (let i = 0; i < rating; i++) await sendKeys({ press: 'ArrowRight' });
  await settle(el);
}

/** Activates a button with the keyboard. */
export async function pressButton(el: RouagesQuestionnaire, text: string) {
  button(el, text).focus();
  await sendKeys({ press: 'Enter' });
  await settle(el);
}

/**
 * A questionnaire on the results of a new diagnostic (one indicator rated), drafts under a fresh
 * key, posting to `endpoint`, after the person pressed "Envoyer le diagnostic"; what the test
 * endpoint received before is emptied first.
 */
export async function sentTo(endpoint: string): Promise<{ el: RouagesQuestionnaire; key: string; diagnostic: Diagnostic }> {
  const key = uniqueKey();
  await fetch('/test-endpoint/received');
  const diagnostic = { ...createDiagnostic({ project: 'PTCE' }), answers: { 'pilote.i1': 2 as const } };
  const el = await fixture<RouagesQuestionnaire>(html`<rouages-questionnaire storage-key=${key} endpoint=${endpoint} .value=${diagnostic}></rouages-questionnaire>`);
  await openResults(el);
  await pressButton(el, 'Envoyer le diagnostic');
  return { el, key, diagnostic };
}
