import type { ReactiveControllerHost } from 'lit';
import { mergePlans, parsePlan, type Framework, type Plan } from '../../sdk/api.js';
import {
  bringBack,
  cancelPending,
  keepAside,
  confirmPending,
  dismiss,
  edited,
  emptyDocumentState,
  otherVersion,
  replaceWith,
  savedNow,
  tell,
  type DocumentEffect,
  type DocumentKind,
  type DocumentState,
  type Notice,
  type ReplaceSource,
  type Step,
} from '../../state/document.js';
import { listenWhileConnected } from '../shared/page-listener.js';

/** How a plan takes part in the document rules of `src/state/document.ts`. */
export const planKind: DocumentKind<Plan> = {
  merge: mergePlans,
  hasContent: (plan) => plan.actions.length > 0,
  sameOwner: (a, b) => a.project.trim().toLowerCase() === b.project.trim().toLowerCase(),
};

/** What a plan keeps under its `storage-key`. */
export const PLAN_DRAFT_FORMAT = 'rouages-plan-draft/1';

/** The part of the Storage interface used, so tests and pages can give their own. */
export type StorageLike = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

function pageStorage(): StorageLike | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}

export interface PlanDocumentHost extends ReactiveControllerHost, HTMLElement {
  /** The framework plans are read against. */
  planFramework(): Framework | undefined;
  /** The plan changed (by the person, a file, another tab): tell the page, the provider and the form. */
  planChanged(plan: Plan | null): void;
}

/**
 * Owns the plan an element edits: the document state (`src/state/document.ts`), its storage
 * under a key (read on connection, written after each change, copies kept aside beside it,
 * another tab's saves merged in) and the effects of each transition. The element renders from
 * `state` and calls the transitions; nothing here renders.
 */
export class PlanDocumentController {
  state: DocumentState<Plan> = emptyDocumentState<Plan>();
  private key?: string;
  private storage: StorageLike | null = null;

  constructor(private readonly host: PlanDocumentHost) {
    listenWhileConnected(host, 'storage', this.onStorage);
  }

  get plan(): Plan | null {
    return this.state.doc;
  }

  /**
   * Opens the storage under `key` (or none): what is saved there is taken back, merged with what
   * is held when it is the same plan. The plan lives under `<key>:plan`, so that a page giving
   * the questionnaire and the plan of one project the same `storage-key` keeps both.
   */
  open(key: string | undefined, storage: StorageLike | null | undefined): void {
    this.key = key ? `${key}:plan` : undefined;
    this.storage = storage === undefined ? pageStorage() : storage;
    if (!this.key) return;
    let text: string | null = null;
    try {
      text = this.storage?.getItem(this.key) ?? null;
    } catch {
      this.notice({ id: 'storage', tone: 'warning' });
      return;
    }
    if (text === null) {
      if (this.state.doc) this.save(this.state.doc);
      return;
    }
    const stored = this.readStored(text);
    if (!stored) {
      const at = new Date().toISOString();
      const kept = this.writeAside(text, at);
      this.notice({ id: 'unreadable', tone: 'warning', params: { key: kept ?? '' } });
      return;
    }
    const step = replaceWith(planKind, this.state, stored, 'draft', { at: new Date().toISOString(), sameKey: true });
    this.run(step);
    if (step.outcome !== 'same') this.notice({ id: 'restored', tone: 'info' });
  }

  /** A change the person made, already applied; `changed` names it (`action:<id>`, `plan`). */
  edit(plan: Plan, changed: readonly string[]): void {
    // The person acted: « the saved plan was restored » has been read.
    this.state = dismiss(this.state, 'restored');
    this.run(edited(this.state, plan, changed));
  }

  /** A plan from outside (a file, the page's `plan`, the provider, a reset) is to become the plan. */
  replace(incoming: Plan | null, source: ReplaceSource, ask = false): 'merged' | 'replaced' | 'asking' | 'same' {
    const step = replaceWith(planKind, this.state, incoming, source, { ask, at: new Date().toISOString() });
    this.run(step);
    return step.outcome;
  }

  /**
   * The form was reset: the plan goes back to `plan` (the page's, or a new one). What the person
   * made is kept aside first, even when it is a version of the same plan: a reset never merges.
   */
  reset(plan: Plan): void {
    if (this.state.doc && planKind.hasContent(this.state.doc)) this.replace(null, 'reset');
    this.replace(plan, 'reset');
  }

  /** A plan that does not become the plan (the page's, when storage holds another) is kept aside, offered back. */
  keepAside(plan: Plan, source: ReplaceSource): void {
    this.run(keepAside(this.state, plan, source, new Date().toISOString()));
  }

  confirm(): void {
    this.run(confirmPending(planKind, this.state, new Date().toISOString()));
  }

  cancel(): void {
    this.state = cancelPending(this.state);
    this.host.requestUpdate();
  }

  bringBack(ref: number): void {
    this.run(bringBack(planKind, this.state, ref, new Date().toISOString()));
  }

  /** Where the plan is stored: its key (`<storage-key>:plan`) and the storage; undefined without a key or a storage. */
  place(): { key: string; storage: StorageLike } | undefined {
    return this.key && this.storage ? { key: this.key, storage: this.storage } : undefined;
  }

  /** Adds a message for the person (rendered by the element from its strings). */
  notice(notice: Notice): void {
    this.run(tell({ state: this.state, effects: [] }, notice));
  }

  dismiss(id: string): void {
    this.state = dismiss(this.state, id);
    this.host.requestUpdate();
  }

  private run(step: Step<DocumentState<Plan>, Plan>): void {
    this.state = step.state;
    for (const effect of step.effects) this.apply(effect);
    this.host.requestUpdate();
  }

  private apply(effect: DocumentEffect<Plan>): void {
    switch (effect.type) {
      case 'save':
        if (effect.doc) this.save(effect.doc);
        break;
      case 'keep-aside':
        this.writeAside(JSON.stringify(effect.aside.copy), effect.aside.at);
        break;
      case 'emit-change':
        this.host.planChanged(effect.doc);
        break;
      // `tell` and `confirm` live in the state (notices, pending): the element renders them.
      default:
        break;
    }
  }

  private save(plan: Plan): void {
    if (!this.key || !this.storage) return;
    try {
      this.storage.setItem(this.key, JSON.stringify({ format: PLAN_DRAFT_FORMAT, plan }));
      this.state = savedNow(this.state);
      if (this.state.notices.some((n) => n.id === 'storage')) this.state = dismiss(this.state, 'storage');
    } catch {
      this.state = tell({ state: this.state, effects: [] }, { id: 'storage', tone: 'warning' }).state;
    }
  }

  private writeAside(text: string, at: string): string | null {
    if (!this.key || !this.storage) return null;
    const key = `${this.key}:aside:${at}`;
    try {
      this.storage.setItem(key, text);
      return key;
    } catch {
      return null;
    }
  }

  private readStored(text: string): Plan | null {
    try {
      const value = JSON.parse(text) as { format?: unknown; plan?: unknown } | null;
      if (!value || value.format !== PLAN_DRAFT_FORMAT) return null;
      const framework = this.host.planFramework();
      const parsed = framework ? parsePlan(value.plan, framework) : parsePlan(value.plan);
      return parsed.success ? parsed.data : null;
    } catch {
      return null;
    }
  }

  /** Another tab saved under the same key: merged in, this tab's unsaved changes win. */
  private readonly onStorage = (event: StorageEvent): void => {
    if (!this.key || event.key !== this.key || event.newValue === null) return;
    const theirs = this.readStored(event.newValue);
    if (!theirs) return;
    const step = otherVersion(planKind, this.state, theirs);
    this.run(step);
    if (step.changed) this.notice({ id: 'other-tab', tone: 'info' });
  };
}

