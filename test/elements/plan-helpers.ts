/** What the plan's element tests share: reading its shadow root as a person reads the page. */
import type { RouagesPlan } from '../../src/elements/rouages-plan/rouages-plan.js';
import type { Result } from '../../src/sdk/index.js';

export const root = (el: RouagesPlan) => el.shadowRoot!;
/** The text of a node as read: spaces collapsed. */
export const text = (node: ParentNode | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
export const all = <T extends Element = HTMLElement>(el: RouagesPlan, selector: string) => [...root(el).querySelectorAll<T>(selector)] as T[];
export const one = <T extends Element = HTMLElement>(el: RouagesPlan, selector: string) => root(el).querySelector<T>(selector)!;
/** The button whose text or accessible name is `label`. */
export const button = (el: RouagesPlan, label: string) => all<HTMLButtonElement>(el, 'button').find((b) => text(b) === label || b.getAttribute('aria-label') === label)!;

/** The data of a successful result; throws with its message otherwise. */
export function ok<T>(result: Result<T>): T {
  if (!result.success) throw new Error(result.error.message);
  return result.data;
}

/** The moment the sample plans are made at. */
export const NOW = new Date('2024-03-01T09:00:00.000Z');
