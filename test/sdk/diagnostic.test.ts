import { expect } from 'chai';
import { createDiagnostic, framework, parseDiagnostic, DIAGNOSTIC_SCHEMA } from '../../src/sdk/index.js';
import { newDiagnosticId } from '../../src/sdk/diagnostic.js';
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
    expect(d.id).to.match(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(d).to.deep.equal({
      schema: DIAGNOSTIC_SCHEMA,
      id: d.id,
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
    // The engine's English text ("Unexpected end of JSON input") stays out of the French sentence.
    expect(issuesOf('{"schema":').issues[0]!.message).to.equal("Ce texte n'est pas du JSON lisible");
    expect(issuesOf('not json').message).to.not.match(/Unexpected|token|JSON input|\(/);
    // An empty object is not a diagnostic with seven faults: it is not a diagnostic at all.
    expect(issuesOf({}).issues).to.have.length(1);
    expect(issuesOf({}).message).to.match(/n'indique pas son format/);
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

describe('a diagnostic\'s identity', () => {
  it('is a new UUID for each new diagnostic, and may be given', () => {
    const a = createDiagnostic({ project: 'A' });
    const b = createDiagnostic({ project: 'A' });
    expect(a.id).to.not.equal(b.id);
    expect(createDiagnostic({ project: 'A', id: 'portail-42' }).id).to.equal('portail-42');
  });

  it('is made without crypto.randomUUID (plain HTTP pages) too', () => {
    const crypto = globalThis.crypto;
    const randomUUID = crypto.randomUUID;
    Object.defineProperty(crypto, 'randomUUID', { value: undefined, configurable: true, writable: true });
    try {
      expect(newDiagnosticId()).to.match(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    } finally {
      Object.defineProperty(crypto, 'randomUUID', { value: randomUUID, configurable: true, writable: true });
    }
  });

  it('is optional: files made before it existed stay valid; a malformed one is refused in words', () => {
    const { id: _id, ...old } = diagnosticWith({ 'pilote.i1': 2 });
    expect(parseDiagnostic(old).success).to.equal(true);
    expect(issuesOf({ ...old, id: 'a b' }).issues[0]!.message).to.match(/^id : doit être un identifiant/);
  });
});

describe('failing inputs of issue #9 (import paths never throw, refuse impossible dates, speak plainly)', () => {
  it('parseDiagnostic(\'{"schema":{"toString":1}}\') does not throw and says what is wrong', () => {
    const error = issuesOf('{"schema":{"toString":1}}');
    expect(error.message).to.match(/le format du fichier \(champ « schema »\) devrait être le texte « rouages-diagnostic\/1 », c'est un objet/);
  });

  it('refuses days that do not exist, in date, createdAt and updatedAt', () => {
    expect(issuesOf({ ...diagnosticWith(), date: '2023-02-31' }).issues).to.deep.equal([{ path: 'date', message: "date : « 2023-02-31 » n'est pas une date du calendrier (ce jour n'existe pas)" }]);
    expect(issuesOf({ ...diagnosticWith(), createdAt: '2023-04-31T10:00:00Z' }).issues[0]!.path).to.equal('createdAt');
    expect(issuesOf({ ...diagnosticWith(), updatedAt: '2023-02-29T10:00:00Z' }).issues[0]!.path).to.equal('updatedAt');
    expect(parseDiagnostic({ ...diagnosticWith(), date: '2024-02-29' }).success).to.equal(true);
    expect(issuesOf({ ...diagnosticWith(), date: '1900-02-29' }).issues[0]!.path).to.equal('date');
    expect(parseDiagnostic({ ...diagnosticWith(), date: '2000-02-29' }).success).to.equal(true);
  });

  it('never says "undefined", "[object Object]" or a bare "Est obligatoire.", in French or English', () => {
    const d = diagnosticWith();
    const inputs: unknown[] = [{}, { ...d, schema: undefined }, { ...d, schema: {} }, { ...d, schema: [] }, { ...d, schema: 7 }, { ...d, project: undefined }, { ...d, framework: undefined }, { ...d, framework: {} }, { ...d, answers: undefined }, { ...d, createdAt: undefined }, undefined, '', 'null', { ...d, respondent: { name: {} } }];
    for (const input of inputs) {
      for (const locale of ['fr', 'en']) {
        const error = issuesOf(input, locale);
        for (const text of [error.message, ...error.issues.map((i) => i.message)]) {
          expect(text).to.not.match(/undefined|\[object Object\]|^Est obligatoire|^Is required/);
        }
      }
    }
    expect(issuesOf({ ...d, schema: undefined }).message).to.match(/Ce fichier n'indique pas son format/);
    expect(issuesOf({ ...d, schema: undefined }, 'en').message).to.match(/This file does not say its format/);
    expect(issuesOf({ ...d, project: undefined }).message).to.match(/Il manque le nom du projet \(« project »\)/);
    expect(issuesOf({ ...d, project: undefined }, 'en').message).to.match(/The project name \("project"\) is missing/);
  });
});
