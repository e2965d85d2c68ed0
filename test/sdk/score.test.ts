import { expect } from 'chai';
import { framework, orderedRouages, phaseScores, recommend, scoreDiagnostic, scoreFromRouages } from '../../src/sdk/index.js';
import { allRated, diagnosticWith, ratedIdsOf } from './helpers.js';

const only = (ids: string[], rating: 0 | 1 | 2 | 3 | null) => Object.fromEntries(ids.map((id) => [id, rating]));

describe('scoreDiagnostic', () => {
  it('all rated 3 → every score is 1, complete, no next gear', () => {
    const score = scoreDiagnostic(diagnosticWith(allRated(3)));
    expect(score.overall).to.equal(1);
    expect(score.completion).to.equal(1);
    for (const d of score.dimensions) expect(d).to.deep.include({ score: 1, completion: 1, next: null });
    for (const r of score.rouages) expect(r.score).to.equal(1);
  });

  it('all rated 0 → every score is 0, each dimension\'s next gear is its first rouage', () => {
    const score = scoreDiagnostic(diagnosticWith(allRated(0)));
    expect(score.overall).to.equal(0);
    expect(score.dimensions.map((d) => d.next)).to.deep.equal(['pilote', 'constats-de-territoire', 'premieres-ressources', 'projet-collectif', 'diagnostic']);
  });

  it('nothing rated → null scores, not zeros', () => {
    const score = scoreDiagnostic(diagnosticWith());
    expect(score.overall).to.equal(null);
    expect(score.completion).to.equal(0);
    expect(score.rouages.every((r) => r.score === null && r.answered === 0)).to.equal(true);
  });

  it('only Pilote rated 3 → Acteurs scores 1 and its next gear is Noyau dur', () => {
    const score = scoreDiagnostic(diagnosticWith(only(ratedIdsOf('pilote'), 3)));
    const acteurs = score.dimensions.find((d) => d.id === 'acteurs')!;
    expect(acteurs.score).to.equal(1);
    expect(acteurs.next).to.equal('noyau-dur');
    expect(acteurs.completion).to.equal(3 / 11);
    expect(score.overall).to.equal(1);
    expect(score.dimensions.filter((d) => d.id !== 'acteurs').every((d) => d.score === null)).to.equal(true);
  });

  it('leaves "don\'t know" (null) out of the score but counts it as answered', () => {
    const score = scoreDiagnostic(diagnosticWith({ 'pilote.i1': 3, 'pilote.i2': null, 'pilote.i3': 0 }));
    expect(score.rouages.find((r) => r.id === 'pilote')).to.deep.equal({ id: 'pilote', dimension: 'acteurs', phase: 'emergence', score: 0.5, answered: 3, rated: 2, total: 3 });
    const allUnknown = scoreDiagnostic(diagnosticWith(only(ratedIdsOf('pilote'), null)));
    expect(allUnknown.rouages[0]!.score).to.equal(null);
    expect(allUnknown.dimensions[0]!.next).to.equal('pilote');
  });

  it('computes hand-worked means: rouage = mean/3, dimension = mean of rouages, overall = mean of dimensions', () => {
    // Pilote: (3+2+1)/3/3 = 2/3; Noyau dur: (3+3+0)/3/3 = 2/3 → Acteurs 2/3.
    // Diagnostic (Ingénierie): (1+0)/2/3 = 1/6 → Ingénierie 1/6. Overall = (2/3 + 1/6)/2 = 5/12.
    const score = scoreDiagnostic(
      diagnosticWith({ 'pilote.i1': 3, 'pilote.i2': 2, 'pilote.i3': 1, 'noyau-dur.i1': 3, 'noyau-dur.i2': 3, 'noyau-dur.i3': 0, 'diagnostic.i1': 1, 'diagnostic.i2': 0 }),
    );
    expect(score.dimensions[0]!.score).to.be.closeTo(2 / 3, 1e-12);
    expect(score.dimensions[4]!.score).to.be.closeTo(1 / 6, 1e-12);
    expect(score.overall).to.be.closeTo(5 / 12, 1e-12);
    // 2/3 is the threshold: Pilote and Noyau dur are in place, Collectif élargi is next.
    expect(score.dimensions[0]!.next).to.equal('collectif-elargi');
  });

  it('rates Aspiration sociale collective on its mission item', () => {
    const score = scoreDiagnostic(diagnosticWith({ 'aspiration-sociale-collective.mission': 2 }));
    expect(score.rouages.find((r) => r.id === 'aspiration-sociale-collective')!.score).to.equal(2 / 3);
  });

  it('takes a threshold option', () => {
    const d = diagnosticWith(only(ratedIdsOf('pilote'), 2));
    expect(scoreDiagnostic(d).dimensions[0]!.next).to.equal('noyau-dur');
    expect(scoreDiagnostic(d, framework, { threshold: 0.9 }).dimensions[0]!.next).to.equal('pilote');
  });
});

describe('scoreDiagnostic: counts, phases', () => {
  it('sums answered and total items overall and per dimension, "don\'t know" answered', () => {
    const score = scoreDiagnostic(diagnosticWith({ 'pilote.i1': 3, 'pilote.i2': null, 'diagnostic.i1': 0 }));
    expect(score.answered).to.equal(3);
    expect(score.total).to.equal(score.rouages.reduce((n, r) => n + r.total, 0));
    expect(score.total).to.equal(51);
    expect(score.dimensions.map((d) => [d.id, d.answered, d.total])).to.deep.equal([
      ['acteurs', 2, 11],
      ['transformation-societale', 0, 12],
      ['ressources', 0, 9],
      ['valorisation', 0, 6],
      ['ingenierie', 1, 13],
    ]);
    expect(score.dimensions.reduce((n, d) => n + d.total, 0)).to.equal(score.total);
  });

  it('gives each phase the mean of its scored rouages', () => {
    // Pilote (émergence) 1, Collectif élargi (expérimentation) 0, nothing in pérennisation.
    const score = scoreDiagnostic(diagnosticWith({ ...only(ratedIdsOf('pilote'), 3), ...only(ratedIdsOf('collectif-elargi'), 0) }));
    expect(score.phases.map((p) => p.id)).to.deep.equal(['emergence', 'experimentation', 'perennisation']);
    expect(score.phases[0]).to.deep.include({ score: 1, scored: 1 });
    expect(score.phases[1]).to.deep.include({ score: 0, scored: 1 });
    expect(score.phases[2]).to.deep.include({ score: null, scored: 0 });
    expect(score.phases.reduce((n, p) => n + p.total, 0)).to.equal(20);
  });
});

describe('phaseScores', () => {
  it('averages the scored rouages of each phase, on any scores', () => {
    const phases = phaseScores(
      [
        { phase: 'emergence', score: 1 },
        { phase: 'emergence', score: 0.5 },
        { phase: 'emergence', score: null },
        { phase: 'perennisation', score: 0 },
      ],
      framework,
    );
    expect(phases).to.deep.equal([
      { id: 'emergence', score: 0.75, scored: 2, total: 3 },
      { id: 'experimentation', score: null, scored: 0, total: 0 },
      { id: 'perennisation', score: 0, scored: 1, total: 1 },
    ]);
  });
});

describe('scoreFromRouages', () => {
  it('gives dimension scores, next gears and the overall from precomputed rouage scores', () => {
    const summary = scoreFromRouages({ pilote: 1, 'noyau-dur': 0.5, diagnostic: 0 });
    expect(summary.dimensions[0]).to.deep.equal({ id: 'acteurs', score: 0.75, next: 'noyau-dur' });
    expect(summary.dimensions[1]).to.deep.equal({ id: 'transformation-societale', score: null, next: 'constats-de-territoire' });
    expect(summary.dimensions[4]).to.deep.equal({ id: 'ingenierie', score: 0, next: 'diagnostic' });
    expect(summary.overall).to.equal(0.375);
    expect(summary.phases[0]).to.deep.include({ id: 'emergence', scored: 3 });
  });

  it('accepts a Map, ignores unknown ids and takes a threshold', () => {
    const scores = new Map<string, number | null>([['pilote', 0.8], ['nope', 1]]);
    expect(scoreFromRouages(scores).dimensions[0]!.next).to.equal('noyau-dur');
    expect(scoreFromRouages(scores, framework, { threshold: 0.9 }).dimensions[0]!.next).to.equal('pilote');
    expect(scoreFromRouages(new Map()).overall).to.equal(null);
  });

  it('agrees with scoreDiagnostic on a diagnostic\'s rouage scores', () => {
    const score = scoreDiagnostic(diagnosticWith({ ...allRated(2), ...only(ratedIdsOf('noyau-dur'), 0), 'deploiement.i1': null }));
    const summary = scoreFromRouages(new Map(score.rouages.map((r) => [r.id, r.score])));
    expect(summary.overall).to.equal(score.overall);
    expect(summary.dimensions).to.deep.equal(score.dimensions.map(({ id, score: s, next }) => ({ id, score: s, next })));
    expect(summary.phases).to.deep.equal(score.phases);
  });
});

describe('orderedRouages', () => {
  it('lists the rouages dimension by dimension, in each dimension\'s order', () => {
    const ids = orderedRouages(framework).map((r) => r.id);
    expect(ids).to.have.length(20);
    expect(ids.slice(0, 5)).to.deep.equal(['pilote', 'noyau-dur', 'collectif-elargi', 'structuration-collective', 'constats-de-territoire']);
    expect(ids.slice(-6)).to.deep.equal(['diagnostic', 'demarche-prospective', 'etude-de-faisabilite', 'prototypage', 'test-et-evaluation', 'deploiement']);
    expect(scoreDiagnostic(diagnosticWith()).rouages.map((r) => r.id)).to.deep.equal(ids);
  });
});

describe('recommend', () => {
  it('lists the next gears, earlier phase first, then lower score, with tools and outcomes', () => {
    const answers = {
      ...allRated(3),
      // Acteurs: Collectif élargi (expérimentation) at 1/3.
      ...only(ratedIdsOf('collectif-elargi'), 1),
      // Ressources: Premières ressources (émergence) at 2/3 − ε: 2,2,1 → 5/9.
      'premieres-ressources.i1': 2, 'premieres-ressources.i2': 2, 'premieres-ressources.i3': 1,
      // Ingénierie: Démarche prospective (émergence) at 0.
      ...only(ratedIdsOf('demarche-prospective'), 0),
      // Valorisation: Impacts et réalisations (pérennisation) unrated.
      ...only(ratedIdsOf('impacts-et-realisations'), null),
    } as const;
    const list = recommend(diagnosticWith(answers));
    expect(list.map((r) => [r.rouage, r.reason])).to.deep.equal([
      ['demarche-prospective', 'below-threshold'],
      ['premieres-ressources', 'below-threshold'],
      ['collectif-elargi', 'below-threshold'],
      ['impacts-et-realisations', 'unrated'],
    ]);
    const first = list[0]!;
    const rouage = framework.rouages.find((r) => r.id === 'demarche-prospective')!;
    expect(first.tools).to.deep.equal(rouage.tools);
    expect(first.outcomes).to.deep.equal(rouage.outcomes);
    expect(first.title).to.equal('Démarche prospective');
    expect(first.score).to.equal(0);
  });

  it('puts an unrated rouage before a rated one of the same phase, and honours limit', () => {
    const list = recommend(diagnosticWith({ 'pilote.i1': 0 }));
    expect(list.map((r) => r.rouage)).to.deep.equal(['constats-de-territoire', 'premieres-ressources', 'projet-collectif', 'diagnostic', 'pilote']);
    expect(recommend(diagnosticWith(), framework, { limit: 2 })).to.have.length(2);
    expect(recommend(diagnosticWith(allRated(3)))).to.deep.equal([]);
  });
});
