import { expect } from '@open-wc/testing';
import { formatDay, formatList, formatPercent, formatStamp, plural } from '../../src/elements/shared/format.js';
import { frenchStrings } from '../../src/elements/shared/i18n.js';
import { englishStrings } from '../../src/elements/shared/i18n-en.js';
import { reportCatalogues } from '../../src/elements/rouages-report/strings.js';

/** Every text a catalogue can produce, functions called with sample arguments (counts 0, 1 and 2). */
function samples(catalogue: Record<string, unknown>): [string, string][] {
  const out: [string, string][] = [];
  for (const [key, value] of Object.entries(catalogue)) {
    if (typeof value === 'string') out.push([key, value]);
    else if (Array.isArray(value)) for (const line of value) out.push([key, String(line)]);
    else if (typeof value === 'function') for (const n of [0, 1, 2]) out.push([key, String((value as (...args: unknown[]) => unknown)(n, 'x', 'y'))]);
  }
  return out;
}

describe('formatting', () => {
  it('writes percentages with Intl, rounded as changes are counted, a no-break space before the sign', () => {
    expect(formatPercent(0.6667, 'fr')).to.equal('67\u00a0%');
    expect(formatPercent(0.6667, 'en')).to.equal('67%');
    // 0.285 × 100 is 28.499… in binary: shown 28, as describeChange counts it.
    expect(formatPercent(0.285, 'fr')).to.equal('28\u00a0%');
    expect(frenchStrings.percent(1)).to.equal('100\u00a0%');
  });

  it('writes days with Intl in the reader\'s language, never shifted by the time zone', () => {
    expect(formatDay('2024-03-01', 'fr')).to.equal('1 mars 2024');
    expect(formatDay('2024-03-01', 'en')).to.equal('March 1, 2024');
    expect(formatDay('not a day', 'fr')).to.equal('not a day');
    expect(formatStamp('2024-03-01T12:00:00.000Z', 'fr')).to.match(/^1 mars 2024 (à )?\d{2}:\d{2}$/);
    expect(formatStamp('soon', 'en')).to.equal('soon');
  });

  it('follows each language\'s plural rules: 0 and 1 singular in French, only 1 in English', () => {
    expect(frenchStrings.resultsIntro(1, 51)).to.equal('1 indicateur renseigné sur 51.');
    expect(frenchStrings.resultsIntro(0, 51)).to.equal('0 indicateur renseigné sur 51.');
    expect(frenchStrings.resultsIntro(2, 51)).to.equal('2 indicateurs renseignés sur 51.');
    expect(frenchStrings.respondents(1)).to.equal('1\u00a0répondant');
    expect(englishStrings.respondents(0)).to.equal('0 respondents');
    expect(englishStrings.respondents(1)).to.equal('1 respondent');
    expect(reportCatalogues.fr.reportUp(1)).to.equal('progresse de 1 point');
    expect(reportCatalogues.en.reportDown(0)).to.equal('down 0 points');
    expect(plural(0, 'fr', { one: 'a', other: 'b' })).to.equal('a');
  });

  it('joins lists as each language does', () => {
    expect(formatList(['Acteurs', 'Ingénierie'], 'fr')).to.equal('Acteurs et Ingénierie');
    expect(formatList(['Acteurs', 'Ingénierie', 'Ressources'], 'en')).to.equal('Acteurs, Ingénierie, and Ressources');
  });

  it('French strings put a no-break space before : and a narrow one before ; ! ?, never a breaking one', () => {
    const bad = [...samples(frenchStrings), ...samples(reportCatalogues.fr)].filter(([, text]) => / [:;!?](\s|$)/.test(text) || /« | »/.test(text));
    expect(bad).to.deep.equal([]);
  });
});
