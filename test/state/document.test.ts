import { expect } from 'chai';
import {
  bringBack,
  confirmPending,
  edited,
  emptyDocumentState,
  fingerprint,
  idempotencyKey,
  otherVersion,
  replaceWith,
  submitStarted,
  submitSucceeded,
  type DocumentKind,
  type DocumentState,
} from '../../src/state/document.js';

/** A second document type, as a plan would be: items by key, an owner. */
interface Note {
  id?: string;
  owner: string;
  createdAt: string;
  updatedAt: string;
  items: Record<string, string>;
}
const noteKind: DocumentKind<Note> = {
  merge: (ours, theirs, changed) => {
    const items = { ...theirs.items, ...ours.items };
    for (const key of Object.keys(theirs.items)) if (!changed.includes(key) && theirs.updatedAt > ours.updatedAt) items[key] = theirs.items[key]!;
    return { ...ours, items, updatedAt: ours.updatedAt > theirs.updatedAt ? ours.updatedAt : theirs.updatedAt };
  },
  hasContent: (d) => Object.keys(d.items).length > 0,
  sameOwner: (a, b) => a.owner === b.owner,
};
const at = '2024-05-31T09:00:00.000Z';
const note = (id: string, owner: string, items: Record<string, string>, updatedAt = at): Note => ({ id, owner, createdAt: at, updatedAt, items });
const holding = (doc: Note): DocumentState<Note> => ({ ...emptyDocumentState<Note>(), doc });

describe('document rules (generic)', () => {
  it('merges versions of one document, never two documents', () => {
    const mine = holding(note('a', 'Ana', { x: '1' }));
    const merged = replaceWith(noteKind, mine, note('a', 'Ana', { y: '2' }), 'file', { at, ask: true });
    expect(merged.outcome).to.equal('merged');
    expect(merged.state.doc!.items).to.deep.equal({ x: '1', y: '2' });
    expect(merged.effects.some((e) => e.type === 'keep-aside')).to.equal(false);
    const other = replaceWith(noteKind, mine, note('b', 'Ana', { y: '2' }), 'file', { at, ask: true });
    expect(other.outcome).to.equal('replaced');
    expect(other.state.doc!.items).to.deep.equal({ y: '2' });
    expect(other.state.aside.map((a) => a.copy)).to.deep.equal([mine.doc]);
    expect(other.effects[0]).to.include({ type: 'keep-aside' });
  });

  it("asks before replacing another person's document from the interface, and keeps the current one aside when confirmed", () => {
    const mine = holding(note('a', 'Ana', { x: '1' }));
    const asking = replaceWith(noteKind, mine, note('b', 'Bob', { y: '2' }), 'share-link', { at, ask: true });
    expect(asking.outcome).to.equal('asking');
    expect(asking.state.doc).to.equal(mine.doc);
    expect(asking.effects).to.deep.equal([{ type: 'confirm', incoming: note('b', 'Bob', { y: '2' }), source: 'share-link' }]);
    const done = confirmPending(noteKind, asking.state, at);
    expect(done.state.doc!.owner).to.equal('Bob');
    expect(done.state.aside[0]!.copy).to.equal(mine.doc);
    const back = bringBack(noteKind, done.state, done.state.aside[0]!.ref, at);
    expect(back.state.doc).to.deep.equal(mine.doc);
    expect(back.state.aside.map((a) => a.copy.owner)).to.deep.equal(['Bob']);
  });

  it('two tabs: both sides keep what they changed', () => {
    const base = note('a', 'Ana', {}, at);
    const mineNext: Note = { ...base, items: { x: '1' }, updatedAt: '2024-05-31T09:00:01.000Z' };
    const mine = edited(holding(base), mineNext, ['x']).state;
    const theirs = { ...base, items: { y: '2' }, updatedAt: '2024-05-31T09:00:02.000Z' };
    expect(otherVersion(noteKind, mine, theirs).state.doc!.items).to.deep.equal({ x: '1', y: '2' });
  });

  it('sends a version once, with an idempotency key; "sent" lasts until the next edit', () => {
    const doc = note('a', 'Ana', { x: '1' });
    const first = submitStarted(noteKind, holding(doc));
    const post = first.effects[0]!;
    expect(post.type).to.equal('post');
    if (post.type !== 'post') return;
    expect(post.idempotencyKey).to.equal(idempotencyKey(noteKind, doc));
    const sent = submitSucceeded(noteKind, first.state, post.version, at).state;
    expect(sent.sending.status).to.equal('sent');
    const again = submitStarted(noteKind, sent);
    expect(again.effects.filter((e) => e.type === 'post')).to.have.length(0);
    expect(again.state.notices.map((n) => n.id)).to.include('already-sent');
    const next: Note = { ...doc, items: { x: '2' } };
    const changed = edited(sent, next, ['x']).state;
    expect(changed.sending.status).to.equal('idle');
    expect(submitStarted(noteKind, changed).effects[0]!.type).to.equal('post');
  });

  it('fingerprints content, not key order or updatedAt', () => {
    const a = note('a', 'Ana', { x: '1', y: '2' });
    const b = { ...note('a', 'Ana', { y: '2', x: '1' }), updatedAt: '2030-01-01T00:00:00.000Z' };
    expect(fingerprint(noteKind, a)).to.equal(fingerprint(noteKind, b));
    expect(fingerprint(noteKind, a)).to.not.equal(fingerprint(noteKind, note('a', 'Ana', { x: '1' })));
  });
});
