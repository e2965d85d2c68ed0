import { expect } from 'chai';
import { createDiagnostic, createPlan, parseDiagnostic, parsePlan } from '../../src/sdk/index.js';

/** Words a person must never read in a parse failure: the engine's or JavaScript's own. */
const ENGINE_WORDS = /undefined|\[object |Infinity|NaN|Unexpected token|JSON at position/;

function messages(result: ReturnType<typeof parsePlan> | ReturnType<typeof parseDiagnostic>): string {
  if (result.success) throw new Error('expected a failure');
  return [result.error.message, ...result.error.issues.map((issue) => issue.message)].join('\n');
}

describe('parse: odd inputs give a sentence a person can read, in French and English', () => {
  const plan = createPlan({ project: 'Projet' });
  const odd: [string, unknown][] = [
    ['a plan whose schema is an object', { ...plan, schema: { version: 1 } }],
    ['a plan whose schema is a list', { ...plan, schema: ['rouages-plan/1'] }],
    ['a number too large for a double, as text', '1e999'],
    ['a number too large for a double', Number.POSITIVE_INFINITY],
    ['NaN', Number.NaN],
  ];
  for (const [name, input] of odd) {
    for (const locale of ['fr', 'en']) {
      it(`${name} (${locale})`, () => {
        for (const parse of [parsePlan, parseDiagnostic]) {
          const text = messages(parse(input, undefined, { locale }));
          expect(text).not.to.match(ENGINE_WORDS);
        }
      });
    }
  }

  it('a plan whose schema is a list does not read as the plan format it holds', () => {
    const text = messages(parsePlan({ ...plan, schema: ['rouages-plan/1'] }, undefined, { locale: 'fr' }));
    expect(text).to.include('une liste');
  });

  it('a plan of another framework is called a plan, not a diagnostic', () => {
    const other = { ...plan, framework: { id: 'autre-methode', version: '1' } };
    const fr = messages(parsePlan(other, undefined, { locale: 'fr' }));
    expect(fr).to.include('autre-methode');
    expect(fr).not.to.match(/diagnostic/i);
    const en = messages(parsePlan(other, undefined, { locale: 'en' }));
    expect(en).not.to.match(/diagnostic/i);
    // A diagnostic of another framework still says "diagnostic".
    const diagnostic = { ...createDiagnostic({ project: 'Projet' }), framework: { id: 'autre-methode', version: '1' } };
    expect(messages(parseDiagnostic(diagnostic, undefined, { locale: 'fr' }))).to.match(/ce diagnostic/);
  });
});
