import { expect } from 'chai';
import fc from 'fast-check';
import { framework, parseDiagnostic, parsePlan } from '../../src/sdk/index.js';
import { readJsonObject } from '../../src/sdk/result.js';

/** What a JavaScript engine says of broken JSON (V8, SpiderMonkey, JavaScriptCore): never in a person's sentence. */
const ENGINE = /Unexpected|Expected|position|SyntaxError|JSON\.parse|token|end of data|\(/;

describe('readJsonObject: the first step of reading a diagnostic or a plan', () => {
  it('takes JSON text or an object, and gives the object', () => {
    expect(readJsonObject('{"schema": "rouages-plan/1"}', 'plan', 'fr')).to.deep.equal({ success: true, data: { schema: 'rouages-plan/1' } });
    const given = { a: 1 };
    const read = readJsonObject(given, 'diagnostic', 'en');
    expect(read.success && read.data).to.equal(given);
  });

  it('refuses text that is not JSON in one wording, French and English, without the engine\'s message', () => {
    const fr = readJsonObject('{"schema":', 'plan', 'fr');
    expect(fr).to.deep.equal({
      success: false,
      error: { message: "Le plan d'actions n'est pas valide. Ce texte n'est pas du JSON lisible.", issues: [{ path: '', message: "Ce texte n'est pas du JSON lisible" }] },
    });
    const en = readJsonObject('{"schema":', 'diagnostic', 'en');
    expect(en.success === false && en.error.message).to.equal('The diagnostic is not valid. This text is not readable JSON.');
  });

  it('refuses what is not an object, naming what it is', () => {
    const list = readJsonObject([], 'diagnostic', 'fr');
    expect(list.success === false && list.error.issues).to.deep.equal([{ path: '', message: 'Attendu un objet, reçu une liste' }]);
    const number = readJsonObject('42', 'plan', 'en');
    expect(number.success === false && number.error.issues).to.deep.equal([{ path: '', message: 'Expected an object, received 42' }]);
    const nothing = readJsonObject(null, 'plan', 'fr');
    expect(nothing.success === false && nothing.error.issues[0]!.message).to.equal('Attendu un objet, reçu null');
  });

  it('a diagnostic and a plan say the same of the same broken text, in both languages', () => {
    fc.assert(
      fc.property(fc.string(), fc.constantFrom('fr', 'en'), (text, locale) => {
        let broken = true;
        try {
          JSON.parse(text);
          broken = false;
        } catch {
          // Broken JSON: what is under test.
        }
        fc.pre(broken);
        const d = parseDiagnostic(text, framework, { locale });
        const p = parsePlan(text, framework, { locale });
        expect(d.success || p.success).to.equal(false);
        if (d.success || p.success) return;
        expect(d.error.issues).to.deep.equal(p.error.issues);
        expect(d.error.issues[0]!.message).to.not.match(ENGINE);
      }),
    );
  });

  it('an English reader of a broken diagnostic reads no engine text (it used to read "Unexpected end of JSON input")', () => {
    const read = parseDiagnostic('{"schema":', framework, { locale: 'en' });
    expect(read.success === false && read.error.message).to.equal('The diagnostic is not valid. This text is not readable JSON.');
  });
});
