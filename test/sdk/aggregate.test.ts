import { expect } from 'chai';
import { aggregateDiagnostics, compareDiagnostics } from '../../src/sdk/index.js';
import { allRated, diagnosticWith } from './helpers.js';

describe('aggregateDiagnostics', () => {
  const ana = diagnosticWith({ 'pilote.i1': 3, 'pilote.i2': 3, 'pilote.i3': 2, 'noyau-dur.i1': 1 }, {}, { respondent: { name: 'Ana', role: 'Pilote' } });
  const bruno = diagnosticWith({ 'pilote.i1': 1, 'pilote.i2': 2, 'pilote.i3': null, 'noyau-dur.i1': 2 }, {}, { respondent: { role: 'Partenaire' } });
  const chloe = diagnosticWith({ 'pilote.i1': 2, 'pilote.i2': 3 }, {}, { respondent: { name: 'Chloé' } });

  it('gives per item mean, min, max and count; "don\'t know" counted apart', () => {
    const aggregate = aggregateDiagnostics([ana, bruno, chloe]);
    expect(aggregate.items['pilote.i1']).to.deep.equal({ mean: 2, min: 1, max: 3, count: 3, unknown: 0 });
    expect(aggregate.items['pilote.i3']).to.deep.equal({ mean: 2, min: 2, max: 2, count: 1, unknown: 1 });
    expect(aggregate.items['diagnostic.i1']).to.deep.equal({ mean: null, min: null, max: null, count: 0, unknown: 0 });
  });

  it('gives per rouage the mean score and the spread between respondents', () => {
    const aggregate = aggregateDiagnostics([ana, bruno, chloe]);
    const pilote = aggregate.rouages.find((r) => r.id === 'pilote')!;
    // Ana 8/9, Bruno 3/6 = 1/2, Chloé 5/6.
    expect(pilote.mean).to.be.closeTo((8 / 9 + 1 / 2 + 5 / 6) / 3, 1e-12);
    expect(pilote.spread).to.be.closeTo(8 / 9 - 1 / 2, 1e-12);
    expect(pilote.count).to.equal(3);
    expect(pilote.divergent).to.equal(true);
    const noyau = aggregate.rouages.find((r) => r.id === 'noyau-dur')!;
    expect(noyau).to.deep.include({ count: 2, divergent: false });
  });

  it('flags items whose answers are 2 levels apart or more, with who answered what', () => {
    const aggregate = aggregateDiagnostics([ana, bruno, chloe]);
    expect(aggregate.divergent).to.have.length(1);
    expect(aggregate.divergent[0]).to.deep.include({ id: 'pilote.i1', rouage: 'pilote', dimension: 'acteurs', min: 1, max: 3, gap: 2 });
    expect(aggregate.divergent[0]!.ratings).to.deep.equal([
      { respondent: 0, rating: 3 },
      { respondent: 1, rating: 1 },
      { respondent: 2, rating: 2 },
    ]);
  });

  it('lists the respondents, names only when they gave them', () => {
    const aggregate = aggregateDiagnostics([ana, bruno, chloe]);
    expect(aggregate.respondents).to.deep.equal([
      { index: 0, name: 'Ana', role: 'Pilote', project: 'Projet test', date: '2024-05-31' },
      { index: 1, role: 'Partenaire', project: 'Projet test', date: '2024-05-31' },
      { index: 2, name: 'Chloé', project: 'Projet test', date: '2024-05-31' },
    ]);
    expect(aggregate.projects).to.deep.equal(['Projet test']);
  });

  it('gives each dimension its mean and the group\'s next gear, each phase its mean, and the overall', () => {
    const aggregate = aggregateDiagnostics([ana, bruno, chloe]);
    const pilote = aggregate.rouages.find((r) => r.id === 'pilote')!.mean!;
    const noyau = aggregate.rouages.find((r) => r.id === 'noyau-dur')!.mean!;
    // Noyau dur: Ana 1/3, Bruno 2/3 → 1/2, under the threshold: the group's next gear in Acteurs.
    expect(noyau).to.be.closeTo(0.5, 1e-12);
    expect(aggregate.dimensions[0]).to.deep.include({ id: 'acteurs', next: 'noyau-dur' });
    expect(aggregate.dimensions[0]!.mean).to.be.closeTo((pilote + noyau) / 2, 1e-12);
    expect(aggregate.dimensions[1]).to.deep.equal({ id: 'transformation-societale', mean: null, next: 'constats-de-territoire' });
    expect(aggregate.overall).to.be.closeTo((pilote + noyau) / 2, 1e-12);
    expect(aggregate.phases[0]).to.deep.include({ id: 'emergence', scored: 2 });
    expect(aggregate.phases[0]!.score).to.be.closeTo((pilote + noyau) / 2, 1e-12);
    expect(aggregateDiagnostics([ana, bruno, chloe], undefined, { threshold: 0.4 }).dimensions[0]!.next).to.equal('collectif-elargi');
  });

  it('sorts divergences by gap and handles no respondent at all', () => {
    const a = diagnosticWith({ ...allRated(3) });
    const b = diagnosticWith({ ...allRated(1), 'deploiement.i1': 0 });
    const aggregate = aggregateDiagnostics([a, b]);
    expect(aggregate.divergent[0]!.id).to.equal('deploiement.i1');
    expect(aggregate.divergent[0]!.gap).to.equal(3);
    expect(aggregate.divergent).to.have.length(51);
    const empty = aggregateDiagnostics([]);
    expect(empty.overall).to.equal(null);
    expect(empty.divergent).to.deep.equal([]);
  });
});

describe('compareDiagnostics', () => {
  it('gives per rouage and per dimension before, after and delta', () => {
    const before = diagnosticWith({ 'pilote.i1': 1, 'pilote.i2': 1, 'pilote.i3': 1 }, {}, { date: '2023-06-01' });
    const after = diagnosticWith({ 'pilote.i1': 3, 'pilote.i2': 2, 'pilote.i3': 1, 'diagnostic.i1': 3 }, {}, { date: '2024-06-01' });
    const comparison = compareDiagnostics(before, after);
    expect(comparison.dates).to.deep.equal({ before: '2023-06-01', after: '2024-06-01' });
    const pilote = comparison.rouages.find((r) => r.id === 'pilote')!;
    expect(pilote.before).to.equal(1 / 3);
    expect(pilote.after).to.equal(2 / 3);
    expect(pilote.delta).to.be.closeTo(1 / 3, 1e-12);
    expect(comparison.rouages.find((r) => r.id === 'diagnostic')).to.deep.equal({ id: 'diagnostic', dimension: 'ingenierie', before: null, after: 1, delta: null });
    expect(comparison.dimensions[0]).to.deep.include({ id: 'acteurs', before: 1 / 3, after: 2 / 3 });
    expect(comparison.overall.before).to.equal(1 / 3);
  });
});
