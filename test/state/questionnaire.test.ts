import { expect } from 'chai';
import fc from 'fast-check';
import { createDiagnostic, decodeShareLink, encodeShareLink, framework, indexFramework, parseDiagnostic, type Diagnostic, type Rating } from '../../src/sdk/index.js';
import {
  SERVER_MESSAGE_LIMIT,
  endpointUrl,
  fetchFailure,
  hasPersonalDetails,
  serverMessage,
  sharedCopy,
  sharedParts,
  initialQuestionnaireState,
  transition, type QuestionnaireEffect, type QuestionnaireEnv, type QuestionnaireEvent, type QuestionnaireState } from '../../src/state/questionnaire.js';
import { writeDraft } from '../../src/state/draft.js';

/** A clock that moves one second per reading, and ids in order: transitions are pure given these. */
function testEnv(overrides: Partial<QuestionnaireEnv> = {}): QuestionnaireEnv {
  let tick = 0;
  let id = 0;
  return {
    framework,
    locale: 'fr',
    now: () => new Date(Date.UTC(2024, 4, 31, 9, 0, tick++)).toISOString(),
    newId: () => `id-${++id}`,
    storageKey: 'diag',
    ...overrides,
  };
}

/** Runs events in order; returns the last state and every effect. */
function run(events: QuestionnaireEvent[], env = testEnv(), from = initialQuestionnaireState()) {
  let state = from;
  const effects: QuestionnaireEffect[] = [];
  for (const event of events) {
    const step = transition(state, event, env);
    state = step.state;
    effects.push(...step.effects);
  }
  return { state, effects };
}

const started: QuestionnaireEvent = { type: 'details', project: 'PTCE du Val', respondent: { name: 'Ana' } };
const person = (name: string, project: string, answers: Record<string, Rating>, extra: Partial<Diagnostic> = {}): Diagnostic => ({
  ...createDiagnostic({ project, respondent: { name }, now: new Date('2024-01-01T00:00:00Z'), id: `${name}-${project}`.toLowerCase().replace(/[^a-z0-9]+/g, '-') }),
  answers,
  ...extra,
});

describe('questionnaire transitions', function () {
  // Hundreds of generated cases: seconds on a busy machine, not milliseconds.
  this.timeout(60000);
  it('starts from the details: a diagnostic with an id, at the first rouage; answers and notes stamped', () => {
    const { state, effects } = run([started, { type: 'answer', item: 'pilote.i1', rating: 3 }, { type: 'note', question: 'pilote.q1', text: 'Oui' }]);
    expect(state.doc!.id).to.equal('id-1');
    expect(state.place).to.deep.equal({ step: 'rouage', rouage: 'pilote' });
    expect(state.doc!.answers).to.deep.equal({ 'pilote.i1': 3 });
    expect(state.doc!.notes).to.deep.equal({ 'pilote.q1': 'Oui' });
    expect(parseDiagnostic(state.doc).success).to.equal(true);
    expect(effects.filter((e) => e.type === 'emit-change')).to.have.length(3);
    expect(effects.filter((e) => e.type === 'save')).to.have.length(3);
  });

  it('refuses an empty project and an impossible date', () => {
    const { state } = run([{ type: 'details', project: '  ' }]);
    expect(state.doc).to.equal(null);
    expect(state.notices.map((n) => n.id)).to.deep.equal(['project-required']);
    expect(run([{ type: 'details', project: 'P', date: '2023-02-31' }]).state.doc!.date).to.not.equal('2023-02-31');
  });

  it('failing input 1: the answer held is the one there after Previous / Next', () => {
    const { state } = run([
      started,
      { type: 'answer', item: 'pilote.i1', rating: 3 },
      { type: 'navigate', place: { step: 'rouage', rouage: 'noyau-dur' } },
      { type: 'answer', item: 'noyau-dur.i1', rating: 0 },
      { type: 'navigate', place: { step: 'rouage', rouage: 'pilote' } },
      { type: 'navigate', place: { step: 'rouage', rouage: 'noyau-dur' } },
    ]);
    expect(state.place.rouage).to.equal('noyau-dur');
    expect(state.doc!.answers['noyau-dur.i1']).to.equal(0);
  });

  describe("failing input 3: another person's file or share link never merges with, nor silently drops, the person's answers", () => {
    const mine: QuestionnaireEvent[] = [started, { type: 'answer', item: 'pilote.i1', rating: 3 }];
    for (const updatedAt of ['2020-01-01T00:00:00.000Z', '2030-01-01T00:00:00.000Z']) {
      it(`a file updated ${updatedAt.slice(0, 4)}: asks first, then keeps mine aside and takes theirs whole`, () => {
        const theirs = person('Bob', 'Autre projet', { 'noyau-dur.i1': 1 }, { updatedAt });
        const asked = run([...mine, { type: 'import-file', text: JSON.stringify(theirs) }]);
        expect(asked.state.pending?.incoming.id).to.equal(theirs.id);
        expect(asked.state.doc!.answers).to.deep.equal({ 'pilote.i1': 3 });
        expect(asked.effects.at(-1)).to.include({ type: 'confirm', source: 'file' });
        const after = run([{ type: 'confirm-replace' }], testEnv(), asked.state);
        expect(after.state.doc!.answers).to.deep.equal({ 'noyau-dur.i1': 1 });
        expect(after.state.aside.map((a) => a.copy.answers)).to.deep.equal([{ 'pilote.i1': 3 }]);
        expect(after.effects[0]).to.include({ type: 'keep-aside' });
        expect(after.state.notices.map((n) => n.id)).to.include.members(['kept-aside', 'imported']);
        // ... and it comes back when asked.
        const ref = after.state.notices.find((n) => n.id === 'kept-aside')!.aside!;
        const back = run([{ type: 'restore', ref }], testEnv(), after.state);
        expect(back.state.doc!.answers).to.deep.equal({ 'pilote.i1': 3 });
        expect(back.state.aside.map((a) => a.copy.id)).to.deep.equal([theirs.id]);
        // Bringing back keeps the imported one aside in its turn, says so, and offers it back; the import's notices are gone.
        const notice = back.state.notices.find((n) => n.id === 'kept-aside')!;
        expect(notice.params!.reason).to.equal('bring-back');
        expect(back.state.aside.find((a) => a.ref === notice.aside)!.copy.id).to.equal(theirs.id);
        expect(back.state.notices.map((n) => n.id)).to.not.include('imported');
        expect(back.effects.filter((e) => e.type === 'keep-aside')).to.have.length(1);
        const again = run([{ type: 'restore', ref: notice.aside! }], testEnv(), back.state);
        expect(again.state.doc!.id).to.equal(theirs.id);
      });
    }

    it('a file of another framework version from someone else: its leftovers are kept and announced only once the import is confirmed', () => {
      const theirs = { ...person('Bob', 'Autre projet', { 'pilote.i1': 2 }), framework: { id: 'rouages-cooperation', version: '0.1.0' }, answers: { 'pilote.i1': 2, 'pilote.i9': 3 } };
      const asked = run([...mine, { type: 'import-file', text: JSON.stringify(theirs) }]);
      expect(asked.state.pending).to.not.equal(null);
      expect(asked.effects.filter((e) => e.type === 'keep-aside-raw')).to.have.length(0);
      expect(asked.state.notices.map((n) => n.id)).to.not.include('leftovers');
      const declined = run([{ type: 'cancel-replace' }], testEnv(), asked.state);
      expect(declined.effects).to.have.length(0);
      expect(declined.state.notices.map((n) => n.id)).to.not.include('leftovers');
      const confirmed = run([{ type: 'confirm-replace' }], testEnv(), asked.state);
      expect(confirmed.effects.filter((e) => e.type === 'keep-aside-raw')).to.have.length(1);
      expect(confirmed.state.notices.map((n) => n.id)).to.include('leftovers');
      expect(confirmed.state.doc!.answers).to.deep.equal({ 'pilote.i1': 2 });
    });

    it('a share link ("L\'ouvrir") goes the same way', () => {
      const theirs = person('Bob', 'Autre projet', { 'noyau-dur.i1': 1 });
      const asked = run([...mine, { type: 'share-link-found', text: encodeShareLink(theirs) }, { type: 'open-share-link', text: encodeShareLink(theirs) }]);
      expect(asked.state.pending?.source).to.equal('share-link');
      expect(asked.state.notices.map((n) => n.id)).to.not.include('shared');
      const cancelled = run([{ type: 'cancel-replace' }], testEnv(), asked.state);
      expect(cancelled.state.pending).to.equal(null);
      expect(cancelled.state.doc!.answers).to.deep.equal({ 'pilote.i1': 3 });
    });

    it('a version of the same diagnostic merges, nothing lost, nothing asked', () => {
      const base = run(mine).state;
      const later: Diagnostic = { ...base.doc!, answers: { 'noyau-dur.i1': 2 }, updatedAt: '2030-01-01T00:00:00.000Z' };
      const { state } = run([{ type: 'import-file', text: JSON.stringify(later) }], testEnv(), base);
      expect(state.pending).to.equal(null);
      expect(state.doc!.answers).to.deep.equal({ 'pilote.i1': 3, 'noyau-dur.i1': 2 });
      expect(state.notices.map((n) => n.id)).to.include('import-merged');
    });

    it('a bad file changes nothing and says why', () => {
      const base = run(mine).state;
      const { state } = run([{ type: 'import-file', text: '{"schema":{"toString":1}}' }], testEnv(), base);
      expect(state.doc).to.equal(base.doc);
      const notice = state.notices.find((n) => n.id === 'import-failed')!;
      expect(String(notice.params!.message)).to.match(/format du fichier/).and.not.match(/undefined|object Object/);
    });
  });

  it('a value set by the page over a draft keeps the draft aside; reset returns to that value and writes no broken draft', () => {
    const page = person('Cléo', 'Projet de la page', { 'pilote.i2': 2 });
    const { state, effects } = run([started, { type: 'answer', item: 'pilote.i1', rating: 3 }, { type: 'value-set', input: page }, { type: 'answer', item: 'pilote.i3', rating: 1 }, { type: 'form-reset' }]);
    expect(state.doc!.answers).to.deep.equal({ 'pilote.i2': 2 });
    expect(state.aside.map((a) => a.reason)).to.deep.equal(['value', 'reset']);
    expect(state.aside[1]!.copy.answers).to.deep.equal({ 'pilote.i2': 2, 'pilote.i3': 1 });
    const lastSave = effects.filter((e) => e.type === 'save').at(-1)!;
    expect(lastSave).to.deep.equal({ type: 'save', doc: page });
    const empty = run([started, { type: 'answer', item: 'pilote.i1', rating: 3 }, { type: 'form-reset' }]);
    expect(empty.state.doc).to.equal(null);
    expect(empty.effects.filter((e) => e.type === 'save').at(-1)).to.deep.equal({ type: 'save', doc: null });
  });

  it('changes by the page or the browser (value, reset, restore) send no change event, as a native input', () => {
    const base = run([started, { type: 'answer', item: 'pilote.i1', rating: 3 }]).state;
    for (const event of [{ type: 'value-set', input: person('Cléo', 'P', {}) }, { type: 'form-reset' }, { type: 'form-state-restore', state: JSON.stringify(person('Cléo', 'P', { 'pilote.i2': 1 })) }] as QuestionnaireEvent[]) {
      expect(transition(base, event, testEnv()).effects.map((e) => e.type)).to.not.include('emit-change');
    }
  });

  it('a value that cannot be read changes nothing and is explained', () => {
    const base = run([started]).state;
    const { state } = run([{ type: 'value-set', input: { schema: {} } }], testEnv(), base);
    expect(state.doc).to.equal(base.doc);
    expect(String(state.notices.find((n) => n.id === 'bad-value')!.params!.message)).to.not.match(/undefined|object Object/);
  });

  it('restores a draft (place and what was sent); keeps an unreadable one aside', () => {
    const d = person('Ana', 'P', { 'pilote.i1': 1 });
    const { state } = run([{ type: 'load-draft', stored: writeDraft({ diagnostic: d, place: { step: 'rouage', rouage: 'noyau-dur' }, sent: { version: 'v', at: '2024-01-02T00:00:00Z' } }) }]);
    expect(state.doc).to.deep.equal(d);
    expect(state.place).to.deep.equal({ step: 'rouage', rouage: 'noyau-dur' });
    expect(state.sent).to.deep.equal({ version: 'v', at: '2024-01-02T00:00:00Z' });
    const bad = run([{ type: 'load-draft', stored: '{oops' }]);
    expect(bad.effects[0]).to.deep.include({ type: 'keep-aside-raw', value: '{oops' });
    expect(bad.state.notices.map((n) => n.id)).to.deep.equal(['unreadable']);
  });

  it('another storage key: the current diagnostic is kept aside, the key\'s own draft (or nothing) taken', () => {
    const base = run([started, { type: 'answer', item: 'pilote.i1', rating: 3 }]).state;
    const none = run([{ type: 'storage-key-changed', stored: null }], testEnv(), base);
    expect(none.state.doc).to.equal(null);
    expect(none.state.aside[0]!.copy).to.equal(base.doc);
    const other = person('Bob', 'Q', { 'pilote.i2': 0 });
    const theirs = run([{ type: 'storage-key-changed', stored: writeDraft({ diagnostic: other }) }], testEnv(), base);
    expect(theirs.state.doc).to.deep.equal(other);
    expect(theirs.state.aside[0]!.copy).to.equal(base.doc);
  });

  it('two tabs editing different items at the same moment keep both answers', () => {
    const start = run([started]).state;
    const tabA = run([{ type: 'answer', item: 'pilote.i1', rating: 3 }], testEnv(), start).state;
    const tabB = run([{ type: 'answer', item: 'pilote.i2', rating: 1 }], testEnv(), start).state;
    // A saves; B merges A's save before writing, then A hears B's save.
    const b = run([{ type: 'another-tab-saved', stored: writeDraft({ diagnostic: tabA.doc }) }, { type: 'saved', ok: true }], testEnv(), tabB).state;
    const a = run([{ type: 'saved', ok: true }, { type: 'another-tab-saved', stored: writeDraft({ diagnostic: b.doc }) }], testEnv(), tabA).state;
    for (const tab of [a, b]) expect(tab.doc!.answers).to.deep.equal({ 'pilote.i1': 3, 'pilote.i2': 1 });
  });

  it('another tab that put a different diagnostic under the key is not merged: ours is kept aside', () => {
    const ours = run([started, { type: 'answer', item: 'pilote.i1', rating: 3 }]).state;
    const other = person('Bob', 'Q', { 'pilote.i2': 0 });
    const { state } = run([{ type: 'another-tab-saved', stored: writeDraft({ diagnostic: other }) }], testEnv(), ours);
    expect(state.doc!.answers).to.deep.equal({ 'pilote.i2': 0 });
    expect(state.aside[0]!.copy.answers).to.deep.equal({ 'pilote.i1': 3 });
  });

  it('failing input 6: sent once per version, with an idempotency key; an edit ends "sent"', () => {
    const base = run([started, { type: 'answer', item: 'pilote.i1', rating: 3 }]).state;
    const first = run([{ type: 'submit-started' }], testEnv(), base);
    const post = first.effects.find((e) => e.type === 'post')!;
    if (post.type !== 'post') throw new Error('no post');
    expect(post.doc.id).to.equal('id-1');
    expect(post.idempotencyKey).to.match(/^id-1\.[0-9a-f]{16}$/);
    const failed = run([{ type: 'submit-failed', reason: { kind: 'redirect', location: '/login' } }], testEnv(), first.state);
    expect(failed.state.sending).to.deep.equal({ status: 'failed', reason: { kind: 'redirect', location: '/login' } });
    expect(failed.state.sent).to.equal(null);
    const retry = run([{ type: 'submit-started' }, { type: 'submit-succeeded', version: post.version }], testEnv(), failed.state);
    expect(retry.effects.find((e) => e.type === 'post')).to.deep.include({ idempotencyKey: post.idempotencyKey });
    expect(retry.state.sending.status).to.equal('sent');
    const again = run([{ type: 'submit-started' }], testEnv(), retry.state);
    expect(again.effects.some((e) => e.type === 'post')).to.equal(false);
    const edited = run([{ type: 'answer', item: 'pilote.i1', rating: 2 }], testEnv(), retry.state);
    expect(edited.state.sending.status).to.equal('idle');
    expect(run([{ type: 'submit-started' }], testEnv(), edited.state).effects.some((e) => e.type === 'post')).to.equal(true);
  });

  it('never throws on anything a page, a file, a link or storage gives', () => {
    fc.assert(
      fc.property(fc.oneof(fc.jsonValue(), fc.string(), fc.jsonValue().map((v) => JSON.stringify(v))), (input) => {
        const base = run([started, { type: 'answer', item: 'pilote.i1', rating: 3 }]).state;
        for (const event of [
          { type: 'value-set', input },
          { type: 'import-file', text: typeof input === 'string' ? input : JSON.stringify(input) },
          { type: 'open-share-link', text: typeof input === 'string' ? input : JSON.stringify(input) },
          { type: 'load-draft', stored: typeof input === 'string' ? input : JSON.stringify(input) },
          { type: 'another-tab-saved', stored: JSON.stringify({ format: 'rouages-draft/1', diagnostic: input }) },
          { type: 'form-state-restore', state: typeof input === 'string' ? input : null },
        ] as QuestionnaireEvent[]) {
          const { state } = transition(base, event, testEnv());
          // The answer given is still held, or kept aside (a page may set its own value, or clear it).
          const kept = [state.doc, ...state.aside.map((a) => a.copy)].some((d) => d?.answers['pilote.i1'] === 3);
          expect(kept).to.equal(true);
          if (state.doc) expect(parseDiagnostic(state.doc).success).to.equal(true);
        }
      }),
      { numRuns: 200 },
    );
  });
});

// —— random sequences ——

const index = indexFramework(framework);
const rated = index.ratedOrder.map((i) => i.id);
const questions = index.questionOrder.map((i) => i.id);
const rouages = framework.rouages.map((r) => r.id);

type Action =
  | { kind: 'answer'; item: string; rating: Rating }
  | { kind: 'note'; question: string; text: string }
  | { kind: 'navigate'; rouage: string }
  | { kind: 'reload' }
  | { kind: 'import-other' }
  | { kind: 'import-same' }
  | { kind: 'reset' }
  | { kind: 'confirm' }
  | { kind: 'bring-back' };

const action: fc.Arbitrary<Action> = fc.oneof(
  { weight: 6, arbitrary: fc.record({ kind: fc.constant('answer' as const), item: fc.constantFrom(...rated), rating: fc.constantFrom<Rating>(0, 1, 2, 3, null) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('note' as const), question: fc.constantFrom(...questions), text: fc.string({ maxLength: 12 }) }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('navigate' as const), rouage: fc.constantFrom(...rouages) }) },
  { weight: 2, arbitrary: fc.constant({ kind: 'reload' as const }) },
  { weight: 1, arbitrary: fc.constant({ kind: 'import-other' as const }) },
  { weight: 1, arbitrary: fc.constant({ kind: 'import-same' as const }) },
  { weight: 1, arbitrary: fc.constant({ kind: 'reset' as const }) },
  { weight: 1, arbitrary: fc.constant({ kind: 'confirm' as const }) },
  { weight: 1, arbitrary: fc.constant({ kind: 'bring-back' as const }) },
);

/** Every (item, rating) and (question, text) the person gave, in the document held, kept aside, or in storage's aside copies. */
function everywhere(state: QuestionnaireState, keptRaw: unknown[]): Diagnostic[] {
  return [...(state.doc ? [state.doc] : []), ...state.aside.map((a) => a.copy), ...keptRaw.filter((v): v is Diagnostic => typeof v === 'object' && v !== null && 'answers' in v)];
}

describe('questionnaire transitions: random sequences (fast-check)', function () {
  // Hundreds of generated cases: seconds on a busy machine, not milliseconds.
  this.timeout(60000);
  it('nothing given is lost (held, or kept aside), what is held is valid, and the place is always a real step', () => {
    fc.assert(
      fc.property(fc.array(action, { maxLength: 40 }), (actions) => {
        const env = testEnv();
        let state = run([started], env).state;
        let stored: string | null = null;
        const keptAside: Diagnostic[] = [];
        /** The last value given for each item / question by the person, in the document they were editing (by id). */
        const given = new Map<string, Map<string, unknown>>();
        const apply = (event: QuestionnaireEvent) => {
          const step = transition(state, event, env);
          state = step.state;
          for (const effect of step.effects) {
            if (effect.type === 'save') stored = effect.doc ? writeDraft({ diagnostic: effect.doc, place: state.place }) : null;
            if (effect.type === 'keep-aside') keptAside.push(effect.aside.copy);
          }
        };
        for (const a of actions) {
          const id = state.doc?.id;
          switch (a.kind) {
            case 'answer':
              apply({ type: 'answer', item: a.item, rating: a.rating });
              if (id) (given.get(id) ?? given.set(id, new Map()).get(id)!).set(`a:${a.item}`, a.rating);
              break;
            case 'note':
              apply({ type: 'note', question: a.question, text: a.text });
              if (id && a.text.trim()) (given.get(id) ?? given.set(id, new Map()).get(id)!).set(`n:${a.question}`, a.text);
              if (id && !a.text.trim()) given.get(id)?.delete(`n:${a.question}`);
              break;
            case 'navigate':
              apply({ type: 'navigate', place: { step: 'rouage', rouage: a.rouage } });
              break;
            case 'reload': {
              const fresh = transition(initialQuestionnaireState(), { type: 'load-draft', stored }, env);
              // A reload keeps what the page had kept aside in storage; the document comes from the draft.
              state = { ...fresh.state, aside: state.aside };
              if (!state.doc) state = run([started], env, state).state;
              break;
            }
            case 'import-other':
              apply({ type: 'import-file', text: JSON.stringify(person('Bob', 'Autre', { 'pilote.i1': 0 }, { id: `bob-${env.newId()}` })) });
              break;
            case 'import-same':
              if (state.doc) apply({ type: 'import-file', text: JSON.stringify({ ...state.doc, answers: { ...state.doc.answers, 'deploiement.i1': 2 }, updatedAt: '2099-01-01T00:00:00.000Z' }) });
              if (id) (given.get(id) ?? given.set(id, new Map()).get(id)!).set('a:deploiement.i1', state.doc?.answers['deploiement.i1']);
              break;
            case 'reset':
              apply({ type: 'form-reset' });
              if (!state.doc) apply(started);
              break;
            case 'confirm':
              apply({ type: 'confirm-replace' });
              break;
            case 'bring-back':
              if (state.aside.length) apply({ type: 'restore', ref: state.aside.at(-1)!.ref });
              break;
          }
          if (state.doc) expect(parseDiagnostic(state.doc).success, 'what is held is a valid diagnostic').to.equal(true);
          expect(['start', 'rouage', 'results']).to.include(state.place.step);
          if (state.place.step === 'rouage') expect(rouages).to.include(state.place.rouage);
          // Nothing given is lost: each document's last given values are still somewhere, in that document.
          const all = everywhere(state, keptAside);
          for (const [docId, values] of given) {
            const versions = all.filter((d) => d.id === docId);
            for (const [key, value] of values) {
              const found = versions.some((d) => (key.startsWith('a:') ? d.answers[key.slice(2)] === value : d.notes[key.slice(2)] === value));
              expect(found, `${key} = ${String(value)} of ${docId} is kept`).to.equal(true);
            }
          }
        }
      }),
      { numRuns: 150 },
    );
  });
});

describe('questionnaire transitions: what people meet (issue #14)', () => {
  const partner = person('Bob', 'Autre projet', { 'noyau-dur.i1': 1 }, { respondent: { name: 'Bob', role: 'Trésorier', organisation: 'La Ressourcerie' } });

  it('a share link opened on an empty questionnaire lands on its results', () => {
    const { state } = run([{ type: 'open-share-link', text: encodeShareLink(partner) }]);
    expect(state.doc!.id).to.equal(partner.id);
    expect(state.place).to.deep.equal({ step: 'results' });
  });

  it('a share link found in the address (on load or hashchange): opened on its results when nothing would be replaced', () => {
    const { state } = run([{ type: 'share-link-found', text: encodeShareLink(partner) }]);
    expect(state.doc!.id).to.equal(partner.id);
    expect(state.place).to.deep.equal({ step: 'results' });
    expect(state.notices.map((n) => n.id)).to.deep.equal(['imported']);
  });

  it('over the person\'s answers, a link found is only offered; opened, it asks first; confirmed, theirs is kept aside and the partner\'s results shown', () => {
    const mine = run([started, { type: 'answer', item: 'pilote.i1', rating: 3 }]).state;
    const found = run([{ type: 'share-link-found', text: encodeShareLink(partner) }], testEnv(), mine).state;
    expect(found.doc).to.deep.equal(mine.doc);
    expect(found.notices.map((n) => n.id)).to.include('shared');
    const asking = run([{ type: 'open-share-link', text: encodeShareLink(partner) }], testEnv(), found).state;
    expect(asking.pending).to.not.equal(null);
    expect(asking.doc).to.deep.equal(mine.doc);
    const { state, effects } = run([{ type: 'confirm-replace' }], testEnv(), asking);
    expect(state.doc!.id).to.equal(partner.id);
    expect(state.place).to.deep.equal({ step: 'results' });
    expect(effects.some((e) => e.type === 'keep-aside' && e.aside.copy.id === mine.doc!.id)).to.equal(true);
  });

  it('a read-only questionnaire is offered the link, never opens it by itself', () => {
    const { state } = run([{ type: 'share-link-found', text: encodeShareLink(partner), locked: true }]);
    expect(state.doc).to.equal(null);
    expect(state.notices.map((n) => n.id)).to.deep.equal(['shared']);
  });

  it('a file import keeps the place (the person resumes where they were), unlike a partner\'s link', () => {
    const { state } = run([{ type: 'import-file', text: JSON.stringify(partner) }]);
    expect(state.place.step).to.equal('rouage');
  });

  it('what is shared leaves the name, role and organisation out until the person includes them; it says what it holds', () => {
    const withDetails = run([{ type: 'value-set', input: partner }, { type: 'note', question: 'pilote.q1', text: 'Oui' }]).state;
    expect(hasPersonalDetails(withDetails)).to.equal(true);
    expect(sharedCopy(withDetails)!.respondent).to.equal(undefined);
    expect(sharedParts(withDetails)).to.deep.equal(['project', 'dates', 'answers', 'notes']);
    const included = run([{ type: 'share-personal-details', include: true }], testEnv(), withDetails).state;
    expect(sharedCopy(included)!.respondent).to.deep.equal(partner.respondent);
    expect(sharedParts(included)).to.deep.equal(['project', 'dates', 'answers', 'notes', 'name', 'role', 'organisation']);
    // The diagnostic held keeps its details either way.
    expect(included.doc!.respondent).to.deep.equal(partner.respondent);
    expect(withDetails.doc!.respondent).to.deep.equal(partner.respondent);
    // Round trip through a link: what was shared, nothing more.
    const decoded = decodeShareLink(encodeShareLink(sharedCopy(withDetails)!));
    expect(decoded.success && decoded.data.respondent).to.equal(undefined);
  });

  it('the share link is shown only once asked for, and only for a diagnostic', () => {
    expect(run([{ type: 'share-open' }]).state.sharing.open).to.equal(false);
    expect(run([started, { type: 'share-open' }]).state.sharing.open).to.equal(true);
  });

  it('"Vos réponses ont été reprises" ends when the person moves on', () => {
    const stored = writeDraft({ diagnostic: partner, place: { step: 'rouage', rouage: 'pilote' } });
    const loaded = run([{ type: 'load-draft', stored }]).state;
    expect(loaded.notices.map((n) => n.id)).to.include('restored');
    const moved = run([{ type: 'navigate', place: { step: 'rouage', rouage: 'noyau-dur' } }], testEnv(), loaded).state;
    expect(moved.notices.map((n) => n.id)).to.not.include('restored');
  });

  it('text under the key that is not a draft, written by another tab, is kept aside (not overwritten by the next save)', () => {
    const mine = run([started]).state;
    for (const stored of ['pas un brouillon', '{"format":"rouages-draft/1","diagnostic":{"schema":"autre"}}']) {
      const { state, effects } = run([{ type: 'another-tab-saved', stored }], testEnv(), mine);
      expect(effects.filter((e) => e.type === 'keep-aside-raw')).to.have.length(1);
      expect(state.notices.map((n) => n.id)).to.include('unreadable');
      expect(state.doc).to.deep.equal(mine.doc);
    }
  });

  it('"Envoyer" with nothing to send to is told apart from a page or a form that took it over', () => {
    const mine = run([started]).state;
    expect(run([{ type: 'submit-taken-over', via: 'nowhere' }], testEnv(), mine).state.sending).to.deep.equal({ status: 'done', via: 'nowhere' });
    expect(run([{ type: 'submit-taken-over', via: 'page' }], testEnv(), mine).state.sending).to.deep.equal({ status: 'done', via: 'page' });
  });

  describe('sending failures by cause', () => {
    const page = 'http://localhost:8000';
    it('an endpoint that is not an http(s) URL is refused before any request', () => {
      for (const endpoint of ['javascript:alert(1)', 'mailto:a@b.fr', 'http://[', 'data:text/plain,x']) expect(endpointUrl(endpoint, `${page}/`), endpoint).to.deep.equal({ kind: 'invalid-endpoint', endpoint });
      expect(String(endpointUrl('/api/diagnostics', `${page}/app/`))).to.equal(`${page}/api/diagnostics`);
      expect(String(endpointUrl('https://portail.example.org/d', `${page}/`))).to.equal('https://portail.example.org/d');
    });

    it('a request with no answer: timeout, offline, another origin (CORS or down), or this site\'s server', () => {
      const other = new URL('https://portail.example.org/d');
      const same = new URL(`${page}/api`);
      expect(fetchFailure({ endpoint: other, pageOrigin: page, online: true, timedOut: true })).to.deep.equal({ kind: 'timeout' });
      expect(fetchFailure({ endpoint: other, pageOrigin: page, online: false, timedOut: false })).to.deep.equal({ kind: 'offline' });
      expect(fetchFailure({ endpoint: other, pageOrigin: page, online: true, timedOut: false })).to.deep.equal({ kind: 'cross-origin', origin: 'https://portail.example.org' });
      expect(fetchFailure({ endpoint: same, pageOrigin: page, online: true, timedOut: false })).to.deep.equal({ kind: 'network' });
    });

    it('the server\'s own message: JSON message or error, plain text; never HTML; capped', () => {
      expect(serverMessage('{"message":"Projet inconnu"}', 'application/json')).to.equal('Projet inconnu');
      expect(serverMessage('{"error":"quota dépassé"}', 'application/problem+json; charset=utf-8')).to.equal('quota dépassé');
      expect(serverMessage('{"error":{"message":"jeton expiré"}}', 'application/json')).to.equal('jeton expiré');
      expect(serverMessage('  Trop de\n  requêtes ', 'text/plain; charset=utf-8')).to.equal('Trop de requêtes');
      expect(serverMessage('<h1>Erreur</h1>', 'text/html')).to.equal(undefined);
      expect(serverMessage('{"ok":false}', 'application/json')).to.equal(undefined);
      expect(serverMessage('pas du JSON', 'application/json')).to.equal(undefined);
      expect(serverMessage('{"message":42}', 'application/json')).to.equal(undefined);
      const long = serverMessage('x'.repeat(1000), 'text/plain')!;
      expect(long).to.have.length(SERVER_MESSAGE_LIMIT);
      expect(long.endsWith('…')).to.equal(true);
    });

    it('a failure is kept in the state as it is, and the next send can retry', () => {
      const mine = run([started]).state;
      const reason = { kind: 'http' as const, status: 422, message: 'Projet inconnu' };
      const failed = run([{ type: 'submit-started' }, { type: 'submit-failed', reason }], testEnv(), mine).state;
      expect(failed.sending).to.deep.equal({ status: 'failed', reason });
      expect(run([{ type: 'submit-started' }], testEnv(), failed).effects.some((e) => e.type === 'post')).to.equal(true);
    });
  });
});

describe('copies kept aside in an earlier visit', () => {
  const aside = (d: Diagnostic) => JSON.stringify({ format: 'rouages-aside/1', reason: 'file', diagnostic: d });
  const mine = person('Ana', 'PTCE du Val', { 'pilote.i1': 3 });
  const older = person('Ana', 'Ancien', { 'pilote.i1': 1 });
  const newer = person('Bob', 'Autre projet', { 'noyau-dur.i1': 2 });
  const loaded = () => run([{ type: 'load-draft', stored: writeDraft({ diagnostic: mine }) }]).state;
  const entries = [
    { at: '2024-05-01T10:00:00.000Z', text: aside(older) },
    { at: '2024-05-02T10:00:00.000Z', text: aside(newer) },
    { at: '2024-05-03T10:00:00.000Z', text: JSON.stringify({ leftovers: { answers: { 'pilote.i9': 3 }, notes: {} } }) },
  ];

  it('the newest diagnostic kept aside is offered back after a reload, once', () => {
    const { state } = run([{ type: 'stored-asides', entries }], testEnv(), loaded());
    const notice = state.notices.find((n) => n.id === 'stored-aside')!;
    expect(notice.params).to.deep.include({ at: '2024-05-02T10:00:00.000Z', project: 'Autre projet' });
    expect(state.aside.find((a) => a.ref === notice.aside)!.copy.id).to.equal(newer.id);
    const again = run([{ type: 'stored-asides', entries }], testEnv(), state).state;
    expect(again.notices.filter((n) => n.id === 'stored-aside')).to.have.length(1);
  });

  it('brought back: the current one is kept aside in its turn and the entry brought back leaves storage', () => {
    const offered = run([{ type: 'stored-asides', entries }], testEnv(), loaded()).state;
    const ref = offered.notices.find((n) => n.id === 'stored-aside')!.aside!;
    const { state, effects } = run([{ type: 'restore', ref }], testEnv(), offered);
    expect(state.doc!.id).to.equal(newer.id);
    expect(effects).to.deep.include({ type: 'drop-aside', at: '2024-05-02T10:00:00.000Z' });
    expect(effects.filter((e) => e.type === 'keep-aside')).to.have.length(1);
    expect(state.notices.map((n) => n.id)).to.include('kept-aside').and.not.include('stored-aside');
  });

  it('discarded: it leaves storage and is no longer offered', () => {
    const offered = run([{ type: 'stored-asides', entries }], testEnv(), loaded()).state;
    const ref = offered.notices.find((n) => n.id === 'stored-aside')!.aside!;
    const { state, effects } = run([{ type: 'discard-aside', ref }], testEnv(), offered);
    expect(effects).to.deep.equal([{ type: 'drop-aside', at: '2024-05-02T10:00:00.000Z' }]);
    expect(state.notices.map((n) => n.id)).to.not.include('stored-aside');
    expect(state.doc!.id).to.equal(mine.id);
  });
});

describe('words that say what happened', () => {
  it('a broken share link is refused at once, never offered; on an empty questionnaire without "your answers are kept"', () => {
    const empty = run([{ type: 'share-link-found', text: '#rouages=pas-un-lien' }]).state;
    expect(empty.notices.map((n) => n.id)).to.deep.equal(['share-link-broken']);
    const withWork = run([{ type: 'details', project: 'PTCE' }, { type: 'answer', item: 'pilote.i1', rating: 2 }, { type: 'share-link-found', text: '#rouages=pas-un-lien' }]).state;
    expect(withWork.notices.map((n) => n.id)).to.include('import-failed').and.not.include('shared');
    expect(withWork.doc!.answers).to.deep.equal({ 'pilote.i1': 2 });
  });

  it('another tab opening someone else\'s diagnostic under the key is not called "answers added"', () => {
    const mine = run([{ type: 'details', project: 'PTCE' }, { type: 'answer', item: 'pilote.i1', rating: 2 }]).state;
    const theirs = person('Bob', 'Autre projet', { 'noyau-dur.i1': 1 });
    const { state } = run([{ type: 'another-tab-saved', stored: writeDraft({ diagnostic: theirs }) }], testEnv(), mine);
    expect(state.doc!.id).to.equal(theirs.id);
    expect(state.notices.map((n) => n.id)).to.include('other-tab-replaced').and.not.include('other-tab');
    expect(state.notices.find((n) => n.id === 'other-tab-replaced')!.params).to.deep.equal({ project: 'Autre projet' });
  });
});

describe('a share link already open', () => {
  it('is not offered again after a reload, even after edits', () => {
    const theirs = person('Bob', 'Autre projet', { 'noyau-dur.i1': 1 });
    const link = encodeShareLink(theirs);
    const opened = run([{ type: 'share-link-found', text: link }, { type: 'answer', item: 'pilote.i1', rating: 2 }]).state;
    expect(opened.doc!.id).to.equal(theirs.id);
    const reloaded = run([{ type: 'load-draft', stored: writeDraft({ diagnostic: opened.doc }) }, { type: 'share-link-found', text: link }]).state;
    expect(reloaded.notices.map((n) => n.id)).to.not.include('shared');
    expect(reloaded.doc!.answers).to.deep.equal({ 'noyau-dur.i1': 1, 'pilote.i1': 2 });
    // Another link is still offered.
    const other = run([{ type: 'share-link-found', text: encodeShareLink(person('Cleo', 'Tiers', { 'pilote.i2': 3 })) }], testEnv(), reloaded).state;
    expect(other.notices.map((n) => n.id)).to.include('shared');
  });
});
