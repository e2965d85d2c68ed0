import { expect } from 'chai';
import fc from 'fast-check';
import { framework, indexFramework, type Rating } from '../../src/sdk/index.js';
import { initialQuestionnaireState, transition, type QuestionnaireEnv, type QuestionnaireEvent, type QuestionnaireState } from '../../src/state/questionnaire.js';
import { readDraft, writeDraft } from '../../src/state/draft.js';

/**
 * Two tabs on one storage key, driven as `DraftController` drives them: an edit schedules a
 * save; a save first reads storage and merges what another tab wrote since, then writes; a
 * `storage` event brings the other tab's text. The store is one shared string.
 */
class Store {
  text: string | null = null;
  readonly listeners: Tab[] = [];
}

let clock = 0;
const env = (): QuestionnaireEnv => ({
  framework,
  locale: 'fr',
  now: () => new Date(Date.UTC(2024, 4, 31, 9, 0, 0, clock++)).toISOString(),
  newId: () => 'shared-id',
  storageKey: 'diag',
});

class Tab {
  state: QuestionnaireState = initialQuestionnaireState();
  known: string | null = null;
  scheduled = false;
  readonly inbox: string[] = [];
  private readonly env = env();
  constructor(readonly store: Store) {
    store.listeners.push(this);
  }
  dispatch(event: QuestionnaireEvent): void {
    const step = transition(this.state, event, this.env);
    this.state = step.state;
    if (step.effects.some((e) => e.type === 'save')) this.scheduled = true;
  }
  load(): void {
    this.known = this.store.text;
    this.dispatch({ type: 'load-draft', stored: this.store.text });
    this.scheduled = false;
  }
  /** The scheduled save (`DraftController.write`). */
  flush(): void {
    if (!this.scheduled) return;
    this.scheduled = false;
    const stored = this.store.text;
    if (stored !== null && stored !== this.known) this.dispatch({ type: 'another-tab-saved', stored });
    const { doc, place } = this.state;
    const text = doc ? writeDraft({ diagnostic: doc, place }) : null;
    this.store.text = text;
    this.known = text;
    this.dispatch({ type: 'saved', ok: true });
    this.scheduled = false;
    if (text !== null) for (const other of this.store.listeners) if (other !== this) other.inbox.push(text);
  }
  /** One `storage` event (`DraftController.onStorage`): it reads what storage holds now, since the event's own value may be stale. */
  receive(): void {
    if (this.inbox.shift() === undefined) return;
    const value = this.store.text;
    if (value === null || value === this.known) return;
    this.known = value;
    this.dispatch({ type: 'another-tab-saved', stored: value });
  }
}

/** A fresh shared draft (project only), open in two tabs. */
function twoTabs(): [Tab, Tab, Store] {
  const store = new Store();
  const a = new Tab(store);
  a.dispatch({ type: 'details', project: 'PTCE du Val' });
  a.flush();
  const b = new Tab(store);
  b.load();
  a.inbox.length = 0;
  return [a, b, store];
}

const stored = (store: Store) => readDraft(store.text)!.diagnostic as { answers: Record<string, Rating>; notes: Record<string, string> };

describe('two tabs on one key: three-way merge', function () {
  this.timeout(60000);

  it('clearing a note sticks: an idle tab does not write the old text back', () => {
    const [a, b, store] = twoTabs();
    a.dispatch({ type: 'note', question: 'pilote.q1', text: 'Ancienne note' });
    a.flush();
    b.receive();
    expect(b.state.doc!.notes['pilote.q1']).to.equal('Ancienne note');
    a.dispatch({ type: 'note', question: 'pilote.q1', text: '' });
    a.flush();
    b.receive();
    b.flush();
    a.receive();
    expect(b.state.doc!.notes).to.not.have.property('pilote.q1');
    expect(a.state.doc!.notes).to.not.have.property('pilote.q1');
    expect(stored(store).notes).to.not.have.property('pilote.q1');
  });

  it('different items changed within one save delay: both kept, neither undone by the other tab', () => {
    const [a, b, store] = twoTabs();
    a.dispatch({ type: 'answer', item: 'pilote.i1', rating: 1 });
    a.flush();
    b.receive();
    a.dispatch({ type: 'answer', item: 'pilote.i1', rating: 3 });
    b.dispatch({ type: 'answer', item: 'pilote.i2', rating: 2 });
    a.flush();
    b.receive();
    b.flush();
    a.receive();
    for (const tab of [a, b]) expect(tab.state.doc!.answers).to.deep.equal({ 'pilote.i1': 3, 'pilote.i2': 2 });
    expect(stored(store).answers).to.deep.equal({ 'pilote.i1': 3, 'pilote.i2': 2 });
  });

  const index = indexFramework(framework);
  const items = [...index.item.values()].filter((i) => i.kind === 'indicator').slice(0, 4).map((i) => i.id);
  const questions = [...index.item.values()].filter((i) => i.kind === 'question').slice(0, 3).map((i) => i.id);
  type Op =
    | { kind: 'answer'; tab: 0 | 1; item: string; rating: Rating }
    | { kind: 'note'; tab: 0 | 1; question: string; text: string }
    | { kind: 'flush'; tab: 0 | 1 }
    | { kind: 'receive'; tab: 0 | 1 };
  const tab = fc.constantFrom<0 | 1>(0, 1);
  const op: fc.Arbitrary<Op> = fc.oneof(
    fc.record({ kind: fc.constant('answer' as const), tab, item: fc.constantFrom(...items), rating: fc.constantFrom<Rating>(0, 1, 2, 3, null) }),
    fc.record({ kind: fc.constant('note' as const), tab, question: fc.constantFrom(...questions), text: fc.constantFrom('', 'a', 'b', 'c') }),
    fc.record({ kind: fc.constant('flush' as const), tab }),
    fc.record({ kind: fc.constant('receive' as const), tab }),
  );

  it('random interleavings: every edit not overwritten by an edit of the same item is kept, a deletion stays deleted, both tabs converge (fast-check)', () => {
    fc.assert(
      fc.property(fc.array(op, { maxLength: 40 }), (ops) => {
        const [a, b, store] = twoTabs();
        const tabs = [a, b];
        // The last edit of each item by each tab ('' for a note erased).
        const last: Map<string, Map<number, Rating | string>> = new Map();
        const edit = (key: string, who: number, value: Rating | string) => {
          if (!last.has(key)) last.set(key, new Map());
          last.get(key)!.set(who, value);
        };
        for (const o of ops) {
          const t = tabs[o.tab]!;
          if (o.kind === 'answer') {
            t.dispatch({ type: 'answer', item: o.item, rating: o.rating });
            edit(`a:${o.item}`, o.tab, o.rating);
          } else if (o.kind === 'note') {
            t.dispatch({ type: 'note', question: o.question, text: o.text });
            edit(`n:${o.question}`, o.tab, o.text);
          } else if (o.kind === 'flush') t.flush();
          else t.receive();
        }
        // Everything settles: saves written, events delivered.
        for (let round = 0; round < 6; round++) for (const t of tabs) { t.flush(); while (t.inbox.length) t.receive(); }
        const final = stored(store);
        for (const t of tabs) expect(t.state.doc!.answers).to.deep.equal(final.answers);
        for (const t of tabs) expect(t.state.doc!.notes).to.deep.equal(final.notes);
        for (const [key, byTab] of last) {
          const [part, id] = [key.slice(0, 1), key.slice(2)];
          const value = part === 'a' ? (id in final.answers ? final.answers[id] : 'absent') : (final.notes[id] ?? '');
          // Edited in one tab only: that tab's last edit. In both: one of the two last edits (the later writer's unsaved edit wins a conflict).
          expect([...byTab.values()]).to.include(value, key);
        }
      }),
      { numRuns: 300 },
    );
  });
});
