import { expect } from '@open-wc/testing';
import { openPath, shadow, until } from './helpers.js';

/**
 * Provider and consumers connect whatever the order in which their modules run and their tags
 * upgrade: every permutation of the five elements' modules (dist/<tag>.js, one per element, as a
 * bundler or an import map loads them), with the tags in the page before the modules run or
 * added after. A wheel whose module ran before the provider's used to never join it.
 */
export const tags = ['rouages-provider', 'rouages-wheel', 'rouage-card', 'rouages-questionnaire', 'rouages-report'];

export function permutations<T>(items: T[]): T[][] {
  if (items.length <= 1) return [items];
  return items.flatMap((item, i) => permutations([...items.slice(0, i), ...items.slice(i + 1)]).map((rest) => [item, ...rest]));
}

const PROJECT = "PTCE Auton'hommes (PHARE)";
/** The titles of the rouages the provider's selection goes through here. */
const TITLES: Record<string, string> = { 'noyau-dur': 'Noyau dur', pilote: 'Pilote', prototypage: 'Prototypage' };

export function orderSuite(when: 'before' | 'after'): void {
  describe(`provider and elements, with the tags in the page ${when} the modules run`, function () {
    this.timeout(600000);

    it('connect in every order of module loading', async () => {
      const failures: string[] = [];
      for (const order of permutations(tags)) {
        const { doc, win, frame } = await openPath(`/test/embedding/order/?tags=${when}&order=${order.join(',')}`);
        try {
          const provider = doc.querySelector('#provider') as HTMLElement & { selected?: string };
          const heading = () => shadow(doc, '#rouage-card').querySelector('[role="heading"]')?.textContent;
          const pressed = (id: string) => shadow(doc, '#rouages-wheel').querySelector(`[data-id="${id}"]`)?.getAttribute('aria-pressed');
          // The questionnaire, inside the provider, drives the selection to the rouage it is on.
          await until(() => !!provider.selected && heading() === TITLES[provider.selected] && pressed(provider.selected) === 'true', "the card and the wheel show the provider's selection", 2000);
          await until(() => shadow(doc, '#rouages-report').textContent!.includes(PROJECT), "the report shows the provider's diagnostic", 2000);
          const questionnaire = doc.querySelector('#rouages-questionnaire') as HTMLElement & { value: { project: string } | null };
          await until(() => questionnaire.value?.project === PROJECT, "the questionnaire holds the provider's diagnostic", 2000);
          // A choice in the wheel reaches the provider and, through it, the card.
          shadow(doc, '#rouages-wheel').querySelector('[data-id="prototypage"]')!.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
          await until(() => provider.selected === 'prototypage' && heading() === 'Prototypage', 'a click in the wheel reaches the provider and the card', 2000);
          expect(win.__probe.errors).to.deep.equal([]);
        } catch (error) {
          failures.push(`${order.join(' → ')}: ${(error as Error).message}`);
        }
        frame.remove();
      }
      expect(failures).to.deep.equal([]);
    });
  });
}
