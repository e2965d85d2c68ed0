import { expect } from '@open-wc/testing';
import { frenchStrings } from '../../src/elements/shared/i18n.js';
import { englishStrings } from '../../src/elements/shared/i18n-en.js';
import { questionnaireCatalogues } from '../../src/elements/rouages-questionnaire/strings.js';
import { questionnaireEnglish } from '../../src/elements/rouages-questionnaire/strings-en.js';
import { reportCatalogues } from '../../src/elements/rouages-report/strings.js';

/** Every catalogue of the elements: the shared words, and each element's own. */
const catalogues = {
  shared: { fr: frenchStrings, en: englishStrings },
  questionnaire: { fr: questionnaireCatalogues.fr, en: questionnaireEnglish },
  report: reportCatalogues,
} as Record<string, { fr: Record<string, unknown>; en: Record<string, unknown> }>;

/** A sample of a string entry: its text, or the text of a function given sample arguments, or each line of a list. */
function texts(value: unknown): unknown[] {
  const sample = typeof value === 'function' ? (value as (...args: unknown[]) => string)(2, '2', '3') : value;
  return Array.isArray(sample) ? sample : [sample];
}

describe('UI strings', () => {
  for (const [name, { fr, en }] of Object.entries(catalogues)) {
    it(`${name}: exist in French and English, with the same keys, none left empty`, () => {
      expect(Object.keys(en).sort()).to.deep.equal(Object.keys(fr).sort());
      for (const catalogue of [fr, en]) {
        for (const [key, value] of Object.entries(catalogue)) for (const text of texts(value)) expect(text, key).to.be.a('string').and.not.equal('');
      }
      for (const key of Object.keys(fr)) if (Array.isArray(fr[key])) expect(en[key], key).to.have.length((fr[key] as unknown[]).length);
    });
  }

  it('differ between the two languages, except the words spelt the same in both', () => {
    const same: string[] = [];
    for (const [name, { fr, en }] of Object.entries(catalogues)) {
      for (const key of Object.keys(fr)) if (typeof fr[key] === 'string' && fr[key] === en[key]) same.push(`${name}.${key}`);
    }
    expect(same.sort(), 'strings equal in French and English').to.deep.equal([...SPELT_THE_SAME].sort());
  });
});

/**
 * The only strings allowed to be the same in French and English: words spelt the same in both.
 * Anything else equal in both was left untranslated; a key listed here that is no longer equal
 * (or no longer exists) fails too, so the list stays true.
 */
const SPELT_THE_SAME = ['shared.description', 'shared.dimension', 'shared.mission', 'shared.phase', 'shared.productions', 'shared.questions', 'shared.score'];
