import { expect } from 'chai';
import { createDiagnostic, framework, parseDiagnostic, DIAGNOSTIC_SCHEMA } from '../../src/sdk/index.js';
import sample from '../../demo/samples/phare-2021.json';
import { NOW, diagnosticWith } from './helpers.js';

/** The issues of a failed parse; fails the test when the parse succeeded. */
function issuesOf(input: unknown, locale?: string) {
  const parsed = parseDiagnostic(input, framework, locale ? { locale } : {});
  if (parsed.success) throw new Error('expected a failure');
  return parsed.error;
}

describe('createDiagnostic', () => {
  it('creates an empty diagnostic of the framework, stamped now', () => {
    const d = createDiagnostic({ project: 'PTCE', respondent: { name: 'Ana', role: 'Coordinatrice' }, now: NOW });
    expect(d).to.deep.equal({
      schema: DIAGNOSTIC_SCHEMA,
      framework: { id: 'rouages-cooperation', version: framework.version },
      project: 'PTCE',
      respondent: { name: 'Ana', role: 'Coordinatrice' },
      date: '2024-05-31',
      createdAt: '2024-05-31T09:00:00.000Z',
      updatedAt: '2024-05-31T09:00:00.000Z',
      answers: {},
      notes: {},
    });
    expect(parseDiagnostic(d).success).to.equal(true);
  });
});

describe('parseDiagnostic', () => {
  it('accepts a valid diagnostic, as an object or as JSON text', () => {
    const d = diagnosticWith({ 'pilote.i1': 3, 'aspiration-sociale-collective.mission': null }, { 'pilote.q1': 'Oui' });
    expect(parseDiagnostic(d)).to.deep.equal({ success: true, data: d });
    expect(parseDiagnostic(JSON.stringify(d))).to.deep.equal({ success: true, data: d });
    expect(parseDiagnostic(sample).success).to.equal(true);
  });

  it('drops unknown top-level fields instead of failing (files from newer tools still load)', () => {
    const parsed = parseDiagnostic({ ...diagnosticWith(), extra: 1 });
    expect(parsed.success && 'extra' in parsed.data).to.equal(false);
  });

  it('refuses a rating outside 0..3 or null, naming the item', () => {
    for (const rating of [4, -1, 1.5, '3', true]) {
      const error = issuesOf(diagnosticWith({ 'pilote.i1': rating as never }));
      expect(error.issues).to.have.length(1);
      expect(error.issues[0]!.path).to.equal('answers["pilote.i1"]');
      expect(error.issues[0]!.message).to.match(/^answers\["pilote\.i1"\] : une note vaut 0, 1, 2, 3 ou null/);
    }
  });

  it('refuses an unknown item id and a note for an unknown question', () => {
    const error = issuesOf(diagnosticWith({ 'pilote.i9': 2, 'pilote.q1': 2 }, { 'pilote.i1': 'x' }));
    expect(error.issues.map((i) => i.path)).to.deep.equal(['answers["pilote.i9"]', 'answers["pilote.q1"]', 'notes["pilote.i1"]']);
    expect(error.issues[0]!.message).to.contain("n'est pas un indicateur noté du référentiel");
  });

  it('refuses another schema version with one clear message', () => {
    const error = issuesOf({ ...diagnosticWith(), schema: 'rouages-diagnostic/9' });
    expect(error.issues).to.deep.equal([
      { path: 'schema', message: 'schema : format de diagnostic inconnu « rouages-diagnostic/9 » : ce logiciel lit « rouages-diagnostic/1 »' },
    ]);
  });

  it('refuses what is not a diagnostic object, without throwing', () => {
    expect(issuesOf(42).message).to.equal("Le diagnostic n'est pas valide. Attendu un objet, reçu 42.");
    expect(issuesOf(null).message).to.equal("Le diagnostic n'est pas valide. Attendu un objet, reçu null.");
    expect(issuesOf([]).issues[0]!.message).to.equal('Attendu un objet, reçu une liste');
    expect(issuesOf('{"schema":').issues[0]!.message).to.match(/^Ce n'est pas du JSON lisible/);
    expect(issuesOf({}).issues.map((i) => i.path)).to.deep.equal(['schema', 'framework', 'project', 'createdAt', 'updatedAt', 'answers', 'notes']);
  });

  it('names missing, empty and malformed fields', () => {
    const error = issuesOf({ ...diagnosticWith(), project: '', createdAt: 'hier', date: '31/05/2024', respondent: { name: 3 } });
    expect(error.issues).to.deep.equal([
      { path: 'project', message: 'project : ne doit pas être vide' },
      { path: 'respondent.name', message: 'respondent.name : attendu un texte, reçu 3' },
      { path: 'date', message: 'date : doit être une date au format AAAA-MM-JJ' },
      { path: 'createdAt', message: 'createdAt : doit être une date et heure ISO 8601 (2024-05-31T09:00:00Z)' },
    ]);
    expect(error.message).to.equal("Le diagnostic n'est pas valide (4 problèmes). project : ne doit pas être vide.");
  });

  it('speaks English when asked', () => {
    const error = issuesOf(diagnosticWith({ 'noyau-dur.i2': 7 as never }), 'en');
    expect(error.message).to.equal('The diagnostic is not valid. answers["noyau-dur.i2"]: a rating is 0, 1, 2, 3 or null (don\'t know), not 7.');
  });

  it('refuses a diagnostic of another framework', () => {
    const error = issuesOf({ ...diagnosticWith(), framework: { id: 'autre-methode', version: '1' } });
    expect(error.issues[0]!.path).to.equal('framework.id');
  });
});

describe('migrateDiagnostic', () => {
  it('carries over a diagnostic of this framework as it is', async () => {
    const { migrateDiagnostic } = await import('../../src/sdk/index.js');
    const d = diagnosticWith({ 'pilote.i1': 2 });
    expect(migrateDiagnostic(d)).to.deep.equal({ success: true, data: { diagnostic: d, leftovers: null } });
  });

  it('carries over what another version shares, restamped, and returns the rest apart', async () => {
    const { migrateDiagnostic } = await import('../../src/sdk/index.js');
    const old = { ...diagnosticWith(), framework: { id: 'rouages-cooperation', version: '0.9.0' }, answers: { 'pilote.i1': 2, 'pilote.i7': 3, 'noyau-dur.i1': 5 }, notes: { 'pilote.q1': 'ok', 'pilote.q9': 'ancienne question' } };
    const migrated = migrateDiagnostic(old);
    expect(migrated.success).to.equal(true);
    if (!migrated.success) return;
    expect(migrated.data.diagnostic.framework.version).to.equal(framework.version);
    expect(migrated.data.diagnostic.answers).to.deep.equal({ 'pilote.i1': 2 });
    expect(migrated.data.diagnostic.notes).to.deep.equal({ 'pilote.q1': 'ok' });
    expect(migrated.data.leftovers).to.deep.equal({ answers: { 'pilote.i7': 3, 'noyau-dur.i1': 5 }, notes: { 'pilote.q9': 'ancienne question' } });
  });

  it('fails on what is not a diagnostic of this method', async () => {
    const { migrateDiagnostic } = await import('../../src/sdk/index.js');
    expect(migrateDiagnostic({ ...diagnosticWith(), framework: { id: 'autre', version: '1' } }).success).to.equal(false);
    expect(migrateDiagnostic('pas du json').success).to.equal(false);
    expect(migrateDiagnostic({ ...diagnosticWith(), project: '' }).success).to.equal(false);
  });
});
