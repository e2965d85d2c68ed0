import { expect } from 'chai';
import { buildCollectiveReport, describeChange, diagnosticKey, framework, groupRatings, notesByRouage, readDiagnosticFile, type Diagnostic } from '../../src/sdk/index.js';
import comite1 from '../../demo/samples/comite-1.json';
import comite2 from '../../demo/samples/comite-2.json';
import comite3 from '../../demo/samples/comite-3.json';
import comite4 from '../../demo/samples/comite-4.json';
import comite5 from '../../demo/samples/comite-5.json';
import { diagnosticWith } from './helpers.js';

const committee = [comite1, comite2, comite3, comite4, comite5] as Diagnostic[];

describe('describeChange', () => {
  it('names a change from the percentages shown', () => {
    expect(describeChange(0.6667, 0.8889)).to.deep.include({ kind: 'up', points: 22 });
    expect(describeChange(0.5833, 0.5556)).to.deep.include({ kind: 'down', points: 2 });
    expect(describeChange(0.5, 0.504)).to.deep.include({ kind: 'stable', points: 0 });
    expect(describeChange(null, 0.2).kind).to.equal('new');
    expect(describeChange(0.2, null).kind).to.equal('dropped');
    expect(describeChange(null, null).kind).to.equal('unrated');
  });
});

describe('buildCollectiveReport', () => {
  it('groups who said what on each divergent item, and carries the group\'s next gears and phases', () => {
    const report = buildCollectiveReport(committee, framework);
    expect(report.divergent[0]!.groups.map((g) => [g.rating, g.respondents])).to.deep.equal([
      [3, [1]],
      [2, [0, 2, 4]],
      [0, [3]],
    ]);
    expect(report.divergent.map((d) => d.item)).to.deep.equal(report.aggregate.divergent);
    expect(report.aggregate.dimensions.map((d) => d.id)).to.deep.equal(framework.dimensions.map((d) => d.id));
    expect(report.aggregate.dimensions.every((d) => d.next === null || framework.rouages.some((r) => r.id === d.next && r.dimension === d.id))).to.equal(true);
    expect(report.aggregate.phases).to.have.length(3);
  });
});

describe('groupRatings', () => {
  it('puts the highest rating first and "don\'t know" last, leaving out ratings nobody gave', () => {
    expect(
      groupRatings([
        { respondent: 0, rating: null },
        { respondent: 1, rating: 1 },
        { respondent: 2, rating: 3 },
        { respondent: 3, rating: 1 },
      ]),
    ).to.deep.equal([
      { rating: 3, respondents: [2] },
      { rating: 1, respondents: [1, 3] },
      { rating: null, respondents: [0] },
    ]);
  });
});

describe('notesByRouage', () => {
  it('groups the open answers by rouage in the method\'s order, blank answers left out', () => {
    const a = diagnosticWith({}, { 'diagnostic.q1': 'Un état des lieux', 'pilote.q1': 'Une association', 'pilote.q2': '  ' });
    const b = diagnosticWith({}, { 'pilote.q1': 'La commune' });
    const groups = notesByRouage([a, b], framework);
    expect(groups.map((g) => g.rouage.id)).to.deep.equal(['pilote', 'diagnostic']);
    expect(groups[0]!.questions).to.have.length(1);
    expect(groups[0]!.questions[0]!.answers).to.deep.equal([
      { respondent: 0, text: 'Une association' },
      { respondent: 1, text: 'La commune' },
    ]);
  });
});

describe('diagnosticKey', () => {
  it('knows a diagnostic by its id when it has one: two versions are the same diagnostic', () => {
    const first = { ...diagnosticWith({ 'pilote.i1': 1 }), id: '6f1c2a0e-0000-4000-8000-000000000001' } as Diagnostic;
    const later = { ...first, answers: { 'pilote.i1': 3 }, updatedAt: '2025-01-01T00:00:00.000Z' } as Diagnostic;
    const other = { ...first, id: '6f1c2a0e-0000-4000-8000-000000000002' } as Diagnostic;
    expect(diagnosticKey(later)).to.equal(diagnosticKey(first));
    expect(diagnosticKey(other)).to.not.equal(diagnosticKey(first));
  });

  it('falls back to project, respondent, day and stamps for a file saved without an id', () => {
    const { id: _id, ...plain } = diagnosticWith({}) as Diagnostic & { id?: string };
    const old = plain as Diagnostic;
    expect(diagnosticKey({ ...old })).to.equal(diagnosticKey(old));
    expect(diagnosticKey({ ...old, updatedAt: '2030-01-01T00:00:00.000Z' })).to.not.equal(diagnosticKey(old));
    expect(diagnosticKey({ ...old, respondent: { name: 'Ana' } })).to.not.equal(diagnosticKey(old));
  });
});

describe('readDiagnosticFile', () => {
  it('takes a diagnostic of this framework as it is', () => {
    const d = diagnosticWith({ 'pilote.i1': 2 });
    const read = readDiagnosticFile(d, framework);
    expect(read.success && read.data).to.deep.equal({ diagnostic: d, leftovers: null });
  });

  it('carries over a file of another version, setting aside only ids this framework does not know', () => {
    const old = { ...diagnosticWith({ 'pilote.i1': 2, 'ancien-rouage.i1': 3 }), framework: { id: framework.id, version: '0.9.0' } };
    const read = readDiagnosticFile(old, framework, { locale: 'fr' });
    expect(read.success).to.equal(true);
    if (!read.success) return;
    expect(read.data.diagnostic.answers).to.deep.equal({ 'pilote.i1': 2 });
    expect(read.data.leftovers!.answers).to.deep.equal({ 'ancien-rouage.i1': 3 });
  });

  it('refuses a known item with a wrong rating, named as parseDiagnostic names it, never dropped', () => {
    const bad = { ...diagnosticWith({}), answers: { 'pilote.i1': 7, 'ancien-rouage.i1': 3 } };
    const read = readDiagnosticFile(bad, framework, { locale: 'fr' });
    expect(read.success).to.equal(false);
    if (read.success) return;
    expect(read.error.message).to.contain('pilote.i1');
  });
});
