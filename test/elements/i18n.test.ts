import { expect } from '@open-wc/testing';
import { catalogues } from '../../src/elements/shared/i18n.js';

describe('UI strings', () => {
  it('exist in French and English, with the same keys, none left empty', () => {
    const fr = Object.keys(catalogues.fr).sort();
    const en = Object.keys(catalogues.en).sort();
    expect(en).to.deep.equal(fr);
    for (const catalogue of Object.values(catalogues)) {
      for (const [key, value] of Object.entries(catalogue)) {
        const sample = typeof value === 'function' ? (value as (...args: unknown[]) => string)(2, '2', '3') : value;
        for (const text of Array.isArray(sample) ? sample : [sample]) expect(text, key).to.be.a('string').and.not.equal('');
      }
    }
  });

  it('give the same number of lines to each list', () => {
    expect(catalogues.en.scaleHelp).to.have.length(catalogues.fr.scaleHelp.length);
  });

  it('differ between the two languages (nothing left untranslated by mistake)', () => {
    const same = Object.keys(catalogues.fr).filter((key) => {
      const fr = catalogues.fr[key as keyof typeof catalogues.fr];
      const en = catalogues.en[key as keyof typeof catalogues.en];
      return typeof fr === 'string' && fr === en;
    });
    // Words spelt the same in both languages.
    expect(same.sort()).to.deep.equal(['description', 'dimension', 'mission', 'phase', 'productions', 'questions', 'score'].sort());
  });
});
