import { expect } from 'chai';
import { decodeShareLink, encodeShareLink, framework, withoutPersonalDetails } from '../../src/sdk/index.js';
import { diagnosticWith } from './helpers.js';

describe('personal details (name, role, organisation) in share links and exports', () => {
  const d = diagnosticWith({ 'pilote.i1': 3 }, { 'pilote.q1': 'Notre pilote est la mairie' }, { respondent: { name: 'Zoé Martin', role: 'Coordinatrice', organisation: 'PTCE du Val' } });

  it('a share link carries them by default', () => {
    const decoded = decodeShareLink(encodeShareLink(d));
    expect(decoded.success && decoded.data.respondent).to.deep.equal({ name: 'Zoé Martin', role: 'Coordinatrice', organisation: 'PTCE du Val' });
  });

  it('personalDetails: false leaves them out of the token itself, and keeps the answers and notes', () => {
    const token = encodeShareLink(d, framework, { personalDetails: false });
    const payload = atob(token.slice(3).replaceAll('-', '+').replaceAll('_', '/'));
    for (const detail of ['Zo', 'Martin', 'Coordinatrice', 'PTCE du Val']) expect(payload).to.not.contain(detail);
    const decoded = decodeShareLink(token);
    if (!decoded.success) throw new Error(decoded.error.message);
    expect(decoded.data).to.not.have.property('respondent');
    expect(decoded.data.answers).to.deep.equal(d.answers);
    expect(decoded.data.notes).to.deep.equal(d.notes);
    expect(decoded.data.project).to.equal(d.project);
    expect(token.length).to.be.lessThan(encodeShareLink(d).length);
  });

  it('withoutPersonalDetails gives a copy without them, for a JSON export; the diagnostic is not changed', () => {
    const copy = withoutPersonalDetails(d);
    expect(copy).to.not.have.property('respondent');
    expect(JSON.stringify(copy)).to.not.contain('Zoé');
    expect({ ...copy, respondent: d.respondent }).to.deep.equal(d);
    expect(d.respondent?.name).to.equal('Zoé Martin');
  });
});
