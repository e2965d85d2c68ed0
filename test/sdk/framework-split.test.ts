import { expect } from 'chai';
import fc from 'fast-check';
import english from '../../framework/rouages.en.json';
import { framework, indexFramework, parseDiagnostic, scoreDiagnostic, scoreFromRouages, type Framework, type Rating } from '../../src/sdk/index.js';
import { attachTexts, splitFramework } from '../../src/sdk/framework-split.js';
import { attachFrameworkTexts } from '../../src/sdk/framework-texts.js';
import { diagnosticWith } from './helpers.js';

const frameworks: [string, Framework][] = [
  ['French', framework],
  ['English', english as Framework],
];

/** Every string anywhere in a value. */
const stringsOf = (value: unknown): string[] => (typeof value === 'string' ? [value] : value && typeof value === 'object' ? Object.values(value).flatMap(stringsOf) : []);

describe('splitFramework / attachTexts (the CDN files: an outline in rouages.min.js, the texts with the elements that show them)', () => {
  for (const [name, whole] of frameworks) {
    describe(`the ${name} framework`, () => {
      it('outline + texts give the framework back, equal to the source; the framework given is not changed', () => {
        const before = structuredClone(whole);
        const { outline, texts } = splitFramework(whole);
        expect(whole).to.deep.equal(before);
        expect(attachTexts(outline, texts)).to.deep.equal(whole);
      });

      it('the outline holds structure and titles only: no item text, no description, mission, summary or plan words', () => {
        const { outline } = splitFramework(whole);
        const outlineStrings = new Set(stringsOf(outline));
        for (const rouage of whole.rouages) {
          for (const text of [rouage.description, rouage.mission, ...[...rouage.questions, ...rouage.indicators, ...rouage.tools, ...rouage.outcomes].map((i) => i.text)]) {
            // A title may be a text too (never in the built-in frameworks): only texts that are no title must be absent.
            if (text !== rouage.title) expect(outlineStrings.has(text), text).to.equal(false);
          }
          const kept = outline.rouages.find((r) => r.id === rouage.id)!;
          expect(kept).to.include({ title: rouage.title, dimension: rouage.dimension, phase: rouage.phase });
          expect(kept.indicators.map((i) => i.id)).to.deep.equal(rouage.indicators.map((i) => i.id));
        }
        expect(outline).not.to.have.any.keys('summary', 'purpose', 'notes', 'plan', 'contact');
        expect(outline.dimensions.map((d) => d.function.title)).to.deep.equal(whole.dimensions.map((d) => d.function.title));
      });

      it('the outline scores and reads any diagnostic exactly as the whole framework does', () => {
        const { outline } = splitFramework(whole);
        const asFramework = outline as unknown as Framework;
        const ids = indexFramework(whole).ratedOrder.map((i) => i.id);
        const rating = fc.constantFrom<Rating>(0, 1, 2, 3, null);
        fc.assert(
          fc.property(fc.dictionary(fc.constantFrom(...ids, 'pilote.q1', 'inconnu.i1'), rating), (answers) => {
            const diagnostic = { ...diagnosticWith(answers), framework: { id: whole.id, version: whole.version } };
            expect(scoreDiagnostic(diagnostic, asFramework)).to.deep.equal(scoreDiagnostic(diagnostic, whole));
            expect(parseDiagnostic(diagnostic, asFramework)).to.deep.equal(parseDiagnostic(diagnostic, whole));
            const rouages = Object.fromEntries(whole.rouages.map((r, i) => [r.id, answers[ids[i]!] === undefined ? null : i / whole.rouages.length]));
            expect(scoreFromRouages(rouages, asFramework)).to.deep.equal(scoreFromRouages(rouages, whole));
          }),
          { numRuns: 200 },
        );
      });

      it('attachFrameworkTexts gives every item its text, in an index made from the outline before the texts came too', () => {
        const { outline, texts } = splitFramework(whole);
        const early = indexFramework(outline as unknown as Framework);
        expect(early.item.get(whole.rouages[0]!.indicators[0]?.id ?? `${whole.rouages[0]!.id}.mission`)!.text).to.equal(undefined);
        const attached = attachFrameworkTexts(outline, texts);
        expect(attached).to.equal(outline);
        const wholeIndex = indexFramework(whole);
        expect(indexFramework(attached)).to.equal(early);
        expect(early.item.size).to.equal(wholeIndex.item.size);
        for (const [id, info] of wholeIndex.item) {
          expect(info.text, id).to.be.a('string').and.not.equal('');
          expect(early.item.get(id)!.text, id).to.equal(info.text);
        }
      });
    });
  }

  it('refuses texts of another framework, or that do not match its items, before changing anything', () => {
    const french = splitFramework(framework);
    const other = splitFramework(english as Framework);
    const outline = french.outline;
    const before = structuredClone(outline);
    expect(() => attachTexts(outline, { ...french.texts, version: '0.9.0' })).to.throw(TypeError, /do not match/);
    const fewer = structuredClone(french.texts);
    fewer.rouages['pilote']!.indicators.pop();
    expect(() => attachTexts(outline, fewer)).to.throw(TypeError, /pilote\.indicators/);
    expect(() => attachTexts(outline, other.texts)).to.throw(TypeError, /language/);
    expect(outline).to.deep.equal(before);
  });
});
