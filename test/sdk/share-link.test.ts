import { expect } from 'chai';
import { decodeShareLink, encodeShareLink, framework, parseFramework, type Diagnostic } from '../../src/sdk/index.js';
import sample from '../../demo/samples/phare-2021.json';
import english from '../../framework/rouages.en.json';
import { allRated, diagnosticWith } from './helpers.js';

describe('share links', () => {
  it('round-trips a diagnostic, notes and respondent included', () => {
    const d = diagnosticWith({ 'pilote.i1': 3, 'pilote.i3': null, 'deploiement.i2': 0 }, { 'pilote.q1': 'Oui — « élan » 🚲', 'deploiement.q4': 'x' }, { respondent: { name: 'Zoé', role: 'Coordinatrice' } });
    const token = encodeShareLink(d);
    expect(token).to.match(/^R1\.[A-Za-z0-9_-]+$/);
    const decoded = decodeShareLink(token);
    expect(decoded).to.deep.equal({ success: true, data: d });
    expect(decodeShareLink(encodeShareLink(sample as Diagnostic))).to.deep.equal({ success: true, data: sample });
  });

  it('is compact: a full diagnostic without notes stays short', () => {
    const token = encodeShareLink(diagnosticWith(allRated(2)));
    expect(token.length).to.be.lessThan(300);
  });

  it('finds the token inside a URL or a pasted message', () => {
    const token = encodeShareLink(diagnosticWith({ 'pilote.i1': 1 }));
    expect(decodeShareLink(`https://portail.example/diagnostic#partage=${token}`).success).to.equal(true);
    expect(decodeShareLink(`Voici le lien : ${token} à bientôt`).success).to.equal(true);
  });

  it('carries the diagnostic\'s id; links made before ids existed still open', () => {
    const d = diagnosticWith({ 'pilote.i1': 2 });
    const decoded = decodeShareLink(encodeShareLink(d));
    expect(decoded.success && decoded.data.id).to.equal(d.id);
    const { id: _id, ...old } = d;
    const legacy = decodeShareLink(encodeShareLink(old));
    expect(legacy.success && 'id' in legacy.data).to.equal(false);
  });

  it('explains every refusal in a sentence, in French and English, never "undefined" or "[object Object]"', () => {
    const token = encodeShareLink(diagnosticWith({ 'pilote.i1': 1 }));
    for (const input of ['', 'R1.', 'R1.!!!', 42, null, undefined, {}, { toString: 1 }, 'R1.e30', token.replace(/^R1/, 'R7'), token.slice(0, -7)]) {
      for (const locale of ['fr', 'en']) {
        const result = decodeShareLink(input, framework, { locale });
        expect(result.success).to.equal(false);
        if (!result.success) expect(result.error.message).to.match(/\.$/).and.not.match(/undefined|\[object Object\]/);
      }
    }
  });

  it('refuses damaged links, other versions and other frameworks, in words', () => {
    const token = encodeShareLink(diagnosticWith({ 'pilote.i1': 1 }));
    const damaged = decodeShareLink(token.slice(0, -7));
    expect(damaged.success).to.equal(false);
    if (!damaged.success) expect(damaged.error.message).to.match(/^Le lien de partage n'est pas valide\. Ce lien de partage est incomplet ou abîmé/);
    const other = decodeShareLink(token.replace(/^R1/, 'R7'));
    expect(!other.success && other.error.issues[0]!.message).to.contain('« R7 »');
    for (const input of ['', 'R1.', 'R1.!!!', 42, null, 'R1.e30']) expect(decodeShareLink(input).success).to.equal(false);
    const en = parseFramework(english);
    if (!en.success) throw new Error(en.error.message);
    const foreign = decodeShareLink(token, { ...en.data, id: 'autre' }, { locale: 'en' });
    expect(!foreign.success && foreign.error.message).to.match(/this link was made with the framework/i);
    expect(decodeShareLink(token, en.data).success).to.equal(true);
  });
});
