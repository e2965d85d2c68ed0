import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { cssProps } from '../shared/css-props.js';
import {
  LIMITS,
  createDiagnostic,
  decodeShareLink,
  encodeShareLink,
  indexFramework,
  migrateDiagnostic,
  recommend,
  scoreDiagnostic,
  toCSV,
  type Diagnostic,
  type Framework,
  type Rating,
  type Respondent,
  type Rouage,
} from '../../sdk/api.js';
import { RouagesElement } from '../shared/rouages-element.js';
import { withOwnStrings } from '../shared/i18n.js';
import { download } from '../shared/download.js';
import { questionnaireCatalogues } from './strings.js';

const stringsFor = withOwnStrings(questionnaireCatalogues);
import { baseStyles, dimensionColor } from '../shared/styles.js';
import { buttonStyles } from '../shared/button-styles.js';
import { DraftStore, pageStorage, readDraft, type Place, type StorageLike } from './draft-store.js';
import { mergeDiagnostics, noChanges } from './merge.js';
import { questionnaireStyles } from './rouages-questionnaire.styles.js';

type Notice = { id: string; tone: 'info' | 'warning' | 'error'; text: string; action?: { label: string; run: () => void } };
type Sending = { status: 'idle' | 'sending' | 'sent' | 'failed' | 'done'; reason?: string };

/** Saves at most this often while the person types; `pagehide` and leaving the page flush at once. */
const SAVE_DELAY = 250;
const SHARE_PARAM = 'rouages=';

/**
 * @summary A self-diagnosis people fill in, rouage by rouage: it saves as they go, restores after a reload, exports, prints, shares and submits, and works inside a plain form.
 *
 * @event {CustomEvent<Diagnostic>} change - After each answer (and each change of the project's details); `detail`: the diagnostic.
 * @event rouages-submit - The person sent the diagnostic; `detail`: the validated diagnostic. Cancelable: call `preventDefault()` to take over (the element then does not post to `endpoint`).
 *
 * @csspart base - The element's container.
 * @csspart notices - Messages about saving, restoring, importing and sending.
 * @csspart nav - The list of dimensions and rouages with their completion.
 * @csspart step - The current step (start, a rouage, or the results).
 * @csspart heading - The current step's heading.
 * @csspart button - Every button.
 * @csspart primary - The main button of each step.
 * @csspart progress - The overall progress bar.
 * @csspart wheel - The wheel on the results page.
 *
 * CSS custom properties: see `cssProperties` in custom-elements.json, generated from the styles and
 * src/elements/shared/tokens.json (one description per token, for every element).
 */
export class RouagesQuestionnaire extends RouagesElement {
  static override styles = [baseStyles, buttonStyles, questionnaireStyles];

  /** The shared words and this element's own. */
  protected override get strings() {
    return stringsFor(this.activeLocale);
  }

  /** Lets the element take part in a `<form>`: its value is the diagnostic as JSON, under `name`. */
  static formAssociated = true;

  /** Keep every answer in `localStorage` under this key, and restore them on reload. */
  @property({ attribute: 'storage-key', reflect: true }) storageKey?: string;

  /** The form field name the diagnostic is submitted under, inside a `<form>`. */
  @property({ reflect: true }) name?: string;

  /** A URL to POST the diagnostic to (JSON) when the person sends it. */
  @property({ reflect: true }) endpoint?: string;

  /** How long to wait for the endpoint, in milliseconds. */
  @property({ type: Number }) timeout = 15000;

  /** Show the answers without letting anyone change them. */
  @property({ type: Boolean, reflect: true }) readonly = false;

  /** The id of the rouage to open first. */
  @property({ attribute: 'start-at', reflect: true }) startAt?: string;

  /** Where drafts are kept: the page's `localStorage` by default (any object with getItem, setItem, removeItem). */
  @property({ attribute: false }) storage?: StorageLike | null;

  @state() private current: Diagnostic | null = null;
  @state() private place: Place = { step: 'start' };
  @state() private notices: Notice[] = [];
  @state() private sending: Sending = { status: 'idle' };
  @state() private shareUrl?: string;
  @state() private submittedAt?: string;
  @state() private formDisabled = false;

  private readonly internals: ElementInternals;
  private pendingValue: unknown;
  private initialValue: Diagnostic | null = null;
  private dirty = noChanges();
  private store?: DraftStore;
  private restored = false;
  private saveTimer?: ReturnType<typeof setTimeout>;
  private seenContext?: object;
  private seenContextDiagnostic: unknown;
  private pushedToContext?: Diagnostic;
  private seenSelection?: string | null;
  private focusHeading = false;

  constructor() {
    super();
    this.internals = this.attachInternals();
    // A page may set `value` before the element is defined (the CDN file loads it on demand):
    // that value sits on the instance, hiding the accessor; take it over.
    if (Object.prototype.hasOwnProperty.call(this, 'value')) {
      const early = (this as { value?: unknown }).value;
      delete (this as { value?: unknown }).value;
      this.value = early;
    }
  }

  /** The diagnostic being filled in, always up to date; null before the person starts. Set it to start from a diagnostic. */
  get value(): Diagnostic | null {
    return this.current;
  }

  set value(input: unknown) {
    this.pendingValue = input ?? null;
    this.requestUpdate();
  }

  /** The form this element belongs to, if any. */
  get form(): HTMLFormElement | null {
    return this.internals.form;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('storage', this.onStorage);
    window.addEventListener('pagehide', this.flush);
    document.addEventListener('visibilitychange', this.onVisibility);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.flush();
    window.removeEventListener('storage', this.onStorage);
    window.removeEventListener('pagehide', this.flush);
    document.removeEventListener('visibilitychange', this.onVisibility);
  }

  // Form association: the browser calls these.
  formResetCallback(): void {
    if (this.current) this.store?.keepAside({ format: 'rouages-draft/1', diagnostic: this.current });
    this.adopt(this.initialValue, this.initialValue ? { step: 'rouage' } : { step: 'start' });
    this.persist();
  }

  formStateRestoreCallback(state: string | null): void {
    if (state) this.value = state;
  }

  formDisabledCallback(disabled: boolean): void {
    this.formDisabled = disabled;
  }

  private get locked(): boolean {
    return this.readonly || this.formDisabled;
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const framework = this.resolveFramework().framework;
    if (!framework) return;
    if (this.pendingValue !== undefined) {
      const input = this.pendingValue;
      this.pendingValue = undefined;
      this.receive(input, framework, 'value');
    }
    if (changed.has('storageKey') || changed.has('storage') || !this.store) this.openStore();
    if (!this.restored) {
      this.restored = true;
      this.restore(framework);
      this.offerSharedLink(framework);
    }
    this.followProvider(framework);
    this.syncForm();
  }

  protected override updated(): void {
    if (this.focusHeading) {
      this.focusHeading = false;
      (this.renderRoot.querySelector('[part~="heading"]') as HTMLElement | null)?.focus();
    }
  }

  // —— state ——

  private openStore() {
    this.store = this.storageKey ? new DraftStore(this.storageKey, this.storage === undefined ? pageStorage() : this.storage) : undefined;
  }

  /** Takes a diagnostic as the current one, and goes where the person was (or to the first step that makes sense). */
  private adopt(diagnostic: Diagnostic | null, place?: Place) {
    this.current = diagnostic;
    this.dirty = noChanges();
    if (!diagnostic) {
      this.place = { step: 'start' };
      return;
    }
    const framework = this.resolveFramework().framework;
    const known = (id?: string) => (id && framework?.rouages.some((r) => r.id === id) ? id : undefined);
    const first = known(this.startAt) ?? framework?.dimensions.flatMap((d) => framework.rouages.filter((r) => r.dimension === d.id))[0]?.id;
    if (place?.step === 'results') this.place = { step: 'results' };
    else if (place?.step === 'start') this.place = { step: 'start' };
    else this.place = { step: 'rouage', rouage: known(place?.rouage) ?? first };
    this.pushToProvider();
  }

  /** Reads a diagnostic from outside (the `value` property, an import, the provider): migrated when it can be, else refused in words. */
  private receive(input: unknown, framework: Framework, source: 'value' | 'import' | 'provider'): boolean {
    if (input === null || input === '') {
      if (source === 'value') {
        this.initialValue = null;
        this.adopt(null);
      }
      return true;
    }
    const migrated = migrateDiagnostic(input, framework, { locale: this.activeLocale });
    if (!migrated.success) {
      const text = source === 'value' ? this.strings.badValue(migrated.error.message) : this.strings.importFailed(migrated.error.message);
      this.notify({ id: source, tone: 'error', text });
      return false;
    }
    const { diagnostic, leftovers } = migrated.data;
    if (leftovers) this.keepLeftovers(leftovers);
    if (source === 'value') this.initialValue = diagnostic;
    this.adopt(diagnostic, { step: this.place.step === 'start' ? 'rouage' : this.place.step, rouage: this.place.rouage });
    if (source === 'import') {
      this.notify({ id: 'import', tone: 'info', text: this.strings.imported(diagnostic.project) });
      this.markAllDirty();
      this.persist();
      this.emitChange(diagnostic);
    }
    return true;
  }

  private keepLeftovers(leftovers: { answers: Record<string, unknown>; notes: Record<string, unknown> }) {
    const count = Object.keys(leftovers.answers).length + Object.keys(leftovers.notes).length;
    const key = this.store?.keepAside({ leftovers }) ?? '—';
    this.notify({
      id: 'leftovers',
      tone: 'warning',
      text: this.strings.keptAside(count, key),
      action: { label: this.strings.exportLeftovers, run: () => download(`${this.fileName()}-reponses-non-reprises.json`, JSON.stringify(leftovers, null, 2), 'application/json') },
    });
  }

  /** On first render: the saved draft, migrated if it comes from another version; kept apart if unreadable. */
  private restore(framework: Framework) {
    if (!this.store) return;
    const loaded = this.store.load();
    if ('blocked' in loaded) {
      this.notify({ id: 'storage', tone: 'warning', text: this.strings.storageFailed });
      return;
    }
    if ('unreadable' in loaded) {
      const key = this.store.keepAside(loaded.unreadable) ?? '—';
      this.notify({ id: 'unreadable', tone: 'warning', text: this.strings.unreadableDraft(key) });
      return;
    }
    const draft = loaded.draft;
    if (!draft) return;
    const migrated = migrateDiagnostic(draft.diagnostic, framework, { locale: this.activeLocale });
    if (!migrated.success) {
      const key = this.store.keepAside(draft) ?? '—';
      this.notify({ id: 'unreadable', tone: 'warning', text: this.strings.unreadableDraft(key) });
      return;
    }
    const { diagnostic, leftovers } = migrated.data;
    // A value given by the page wins only when it is newer than the person's draft.
    if (this.current && this.current.updatedAt > diagnostic.updatedAt) return;
    if (leftovers) this.keepLeftovers(leftovers);
    this.submittedAt = draft.submittedAt;
    this.adopt(diagnostic, draft.place);
    this.notify({ id: 'restored', tone: 'info', text: this.strings.restored });
  }

  /** A share link in the page's address: offered, never opened over the person's answers without asking. */
  private offerSharedLink(framework: Framework) {
    const hash = globalThis.location?.hash ?? '';
    const at = hash.indexOf(SHARE_PARAM);
    if (at < 0) return;
    const token = hash.slice(at + SHARE_PARAM.length);
    this.notify({ id: 'shared', tone: 'info', text: this.strings.sharedInUrl, action: { label: this.strings.openShared, run: () => this.importLink(token, framework) } });
  }

  /**
   * Inside a provider: its diagnostic is this one, and its selection follows (and drives) the
   * current rouage. Only a new state from the provider counts: between a change here and the
   * provider's next update, the state in hand is the old one and must not undo the change.
   */
  private followProvider(framework: Framework) {
    const context = this.context;
    if (!context || context === this.seenContext) return;
    this.seenContext = context;
    const incoming = context.diagnostic;
    if (incoming !== this.seenContextDiagnostic) {
      this.seenContextDiagnostic = incoming;
      if (incoming && incoming !== this.pushedToContext && incoming !== this.current) this.receive(incoming, framework, 'provider');
      else if (!incoming && this.current) this.pushToProvider();
    }
    const selected = context.selected ?? null;
    if (selected !== this.seenSelection) {
      this.seenSelection = selected;
      if (selected && this.current && framework.rouages.some((r) => r.id === selected) && this.place.rouage !== selected) this.place = { step: 'rouage', rouage: selected };
    }
  }

  private pushToProvider() {
    const context = this.context;
    if (!context || !this.current) return;
    this.pushedToContext = this.current;
    this.seenContextDiagnostic = this.current;
    context.setDiagnostic(this.current);
    if (this.place.step === 'rouage' && this.place.rouage && context.selected !== this.place.rouage) {
      this.seenSelection = this.place.rouage;
      context.select(this.place.rouage);
    }
  }

  private syncForm() {
    const json = this.current ? JSON.stringify(this.current) : null;
    this.internals.setFormValue(json, json);
    if (!this.current || !this.current.project.trim()) {
      const anchor = this.renderRoot?.querySelector<HTMLInputElement>('#project') ?? undefined;
      this.internals.setValidity({ valueMissing: true }, this.strings.projectRequired, anchor);
    } else {
      this.internals.setValidity({});
    }
  }

  /** One change by the person: stamped, saved soon, announced, and shared with the provider. */
  private change(apply: (d: Diagnostic) => Diagnostic) {
    if (!this.current || this.locked) return;
    const next = apply({ ...this.current, answers: { ...this.current.answers }, notes: { ...this.current.notes } });
    next.updatedAt = new Date().toISOString();
    this.current = next;
    this.scheduleSave();
    this.pushToProvider();
    this.emitChange(next);
  }

  /** `change`, the native name for "the value changed", carrying the diagnostic. */
  private emitChange(diagnostic: Diagnostic) {
    this.dispatchEvent(new CustomEvent('change', { detail: diagnostic, bubbles: true, composed: true }));
  }

  private markAllDirty() {
    if (!this.current) return;
    this.dirty = { answers: new Set(Object.keys(this.current.answers)), notes: new Set(Object.keys(this.current.notes)), meta: true };
  }

  private notify(notice: Notice) {
    this.notices = [...this.notices.filter((n) => n.id !== notice.id), notice];
  }

  private dismiss(id: string) {
    this.notices = this.notices.filter((n) => n.id !== id);
  }

  // —— saving ——

  private scheduleSave() {
    if (!this.store) return;
    clearTimeout(this.saveTimer);
    this.saveTimer = setTimeout(() => this.persist(), SAVE_DELAY);
  }

  private flush = () => {
    if (this.saveTimer === undefined) return;
    clearTimeout(this.saveTimer);
    this.saveTimer = undefined;
    this.persist();
  };

  private onVisibility = () => {
    if (document.visibilityState === 'hidden') this.flush();
  };

  /** Writes the draft, first taking in what another tab saved meanwhile. */
  private persist() {
    this.saveTimer = undefined;
    if (!this.store) return;
    const framework = this.resolveFramework().framework;
    const loaded = this.store.load();
    if (framework && this.current && 'draft' in loaded && loaded.draft) {
      const theirs = migrateDiagnostic(loaded.draft.diagnostic, framework);
      if (theirs.success && theirs.data.diagnostic.updatedAt > this.current.updatedAt) this.current = mergeDiagnostics(this.current, theirs.data.diagnostic, this.dirty);
    }
    const saved = this.store.save({ diagnostic: this.current, place: this.place, ...(this.submittedAt ? { submittedAt: this.submittedAt } : {}) });
    if (saved.ok) {
      this.dirty = noChanges();
      this.dismiss('storage');
    } else {
      this.notify({ id: 'storage', tone: 'warning', text: this.strings.storageFailed });
    }
  }

  /** Another tab saved the same draft: take its answers, keeping this tab's unsaved ones. */
  private onStorage = (event: StorageEvent) => {
    if (!this.store || event.key !== this.store.key || !event.newValue) return;
    const framework = this.resolveFramework().framework;
    const draft = readDraft(event.newValue);
    if (!framework || !draft) return;
    const theirs = migrateDiagnostic(draft.diagnostic, framework);
    if (!theirs.success) return;
    if (!this.current) {
      this.adopt(theirs.data.diagnostic, draft.place);
    } else {
      const merged = mergeDiagnostics(this.current, theirs.data.diagnostic, this.dirty);
      if (JSON.stringify(merged) === JSON.stringify(this.current)) return;
      this.current = merged;
      this.pushToProvider();
    }
    this.notify({ id: 'merged', tone: 'info', text: this.strings.mergedFromOtherTab });
  };

  // —— navigation ——

  private orderedRouages(framework: Framework): Rouage[] {
    return framework.dimensions.flatMap((d) => framework.rouages.filter((r) => r.dimension === d.id));
  }

  private go(place: Place) {
    this.place = place;
    this.focusHeading = true;
    this.scheduleSave();
    this.pushToProvider();
  }

  private step(framework: Framework, delta: number) {
    const order = this.orderedRouages(framework);
    const index = order.findIndex((r) => r.id === this.place.rouage);
    const target = order[index + delta];
    if (target) this.go({ step: 'rouage', rouage: target.id });
    else if (delta > 0) this.go({ step: 'results' });
    else this.go({ step: 'start' });
  }

  // —— actions ——

  private onStart(event: SubmitEvent, framework: Framework) {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    if (!form.reportValidity()) return;
    const data = new FormData(form);
    const text = (key: string) => String(data.get(key) ?? '').trim();
    const respondent: Respondent = {};
    if (text('respondent')) respondent.name = text('respondent');
    if (text('role')) respondent.role = text('role');
    if (text('organisation')) respondent.organisation = text('organisation');
    const date = text('date') || undefined;
    if (!this.current) {
      this.current = createDiagnostic({ project: text('project'), framework, ...(Object.keys(respondent).length ? { respondent } : {}), ...(date ? { date } : {}) });
      this.markAllDirty();
      this.emitChange(this.current);
    } else if (!this.locked) {
      this.change((d) => {
        d.project = text('project');
        if (Object.keys(respondent).length) d.respondent = respondent;
        else delete d.respondent;
        if (date) d.date = date;
        return d;
      });
      this.dirty.meta = true;
    }
    const first = this.startAt && framework.rouages.some((r) => r.id === this.startAt) ? this.startAt : this.orderedRouages(framework)[0]!.id;
    this.go({ step: 'rouage', rouage: this.place.rouage ?? first });
  }

  private rate(itemId: string, rating: Rating) {
    this.change((d) => {
      d.answers[itemId] = rating;
      return d;
    });
    this.dirty.answers.add(itemId);
  }

  private writeNote(questionId: string, text: string) {
    this.change((d) => {
      if (text.trim()) d.notes[questionId] = text.slice(0, LIMITS.note);
      else delete d.notes[questionId];
      return d;
    });
    this.dirty.notes.add(questionId);
  }

  private async importFile(event: Event, framework: Framework) {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    if (!file) return;
    const text = await file.text();
    input.value = '';
    this.receive(text, framework, 'import');
  }

  private importLink(text: string, framework: Framework) {
    const decoded = decodeShareLink(text, framework, { locale: this.activeLocale });
    if (!decoded.success) {
      this.notify({ id: 'import', tone: 'error', text: this.strings.importFailed(decoded.error.message) });
      return;
    }
    this.dismiss('shared');
    this.receive(decoded.data, framework, 'import');
  }

  private fileName(): string {
    const project = (this.current?.project ?? 'diagnostic')
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[^A-Za-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
      .toLowerCase();
    return `${project || 'diagnostic'}-${this.current?.date ?? ''}`.replace(/-$/, '');
  }

  private makeShareLink(framework: Framework) {
    if (!this.current) return;
    const base = (globalThis.location?.href ?? '').split('#')[0];
    this.shareUrl = `${base}#${SHARE_PARAM}${encodeShareLink(this.current, framework)}`;
  }

  private async copyShareLink() {
    if (!this.shareUrl) return;
    try {
      await navigator.clipboard.writeText(this.shareUrl);
      this.notify({ id: 'copy', tone: 'info', text: this.strings.copied });
    } catch {
      // No clipboard (permissions, insecure page): select the text so the person copies it.
      this.renderRoot.querySelector<HTMLInputElement>('#share-url')?.select();
    }
  }

  /** Sends the diagnostic: the page may take over (cancel the event); else to `endpoint`, or into the form. */
  private async submit() {
    if (!this.current || this.sending.status === 'sending') return;
    this.flush();
    const diagnostic = this.current;
    if (!this.emit('rouages-submit', diagnostic, { cancelable: true })) return;
    if (this.endpoint) {
      await this.post(diagnostic);
    } else if (this.internals.form) {
      this.internals.form.requestSubmit();
    } else {
      this.sending = { status: 'done' };
    }
  }

  private async post(diagnostic: Diagnostic) {
    this.sending = { status: 'sending' };
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), this.timeout);
    try {
      const response = await fetch(this.endpoint!, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(diagnostic),
        signal: controller.signal,
      });
      if (!response.ok) {
        this.sending = { status: 'failed', reason: this.strings.httpStatus(response.status) };
        return;
      }
      this.submittedAt = new Date().toISOString();
      this.sending = { status: 'sent' };
      this.persist();
    } catch (error) {
      this.sending = { status: 'failed', reason: controller.signal.aborted ? this.strings.timeout : this.strings.network };
      void error;
    } finally {
      clearTimeout(timer);
    }
  }

  // —— rendering ——

  override render() {
    const resolved = this.resolveFramework();
    if (!resolved.framework) {
      return this.renderUnresolved(resolved);
    }
    const framework = resolved.framework;
    const view =
      this.current && this.place.step === 'results'
        ? this.renderResults(framework, this.current)
        : this.current && this.place.step === 'rouage'
          ? this.renderRouageStep(framework, this.current)
          : this.renderStart(framework);
    return html`<div class="root" part="base" role="region" aria-label=${this.strings.questionnaireLabel}>
      ${this.renderNotices()} ${view}
    </div>`;
  }

  private renderNotices(): TemplateResult {
    const errors = this.notices.filter((n) => n.tone === 'error');
    const others = this.notices.filter((n) => n.tone !== 'error');
    const item = (n: Notice) =>
      html`<p class="notice ${n.tone}">
        <span>${n.text}</span>
        ${n.action ? html`<button type="button" part="button" @click=${() => n.action!.run()}>${n.action.label}</button>` : nothing}
        <button type="button" part="button" class="dismiss" aria-label="OK" @click=${() => this.dismiss(n.id)}>×</button>
      </p>`;
    // Two live regions: errors interrupt, the rest waits its turn.
    return html`<div class="notices" part="notices">
      <div role="alert">${errors.map(item)}</div>
      <div role="status">${others.map(item)}</div>
      ${this.locked && this.readonly ? html`<p class="notice info">${this.strings.readonlyNotice}</p>` : nothing}
    </div>`;
  }

  private renderStart(framework: Framework): TemplateResult {
    const s = this.strings;
    const d = this.current;
    return html`<section class="step start" part="step" aria-labelledby="start-title">
      <h2 id="start-title" part="heading" tabindex="-1">${s.startTitle}</h2>
      <p>${framework.summary ?? ''}</p>
      <p>${s.startIntro}</p>
      <h3>${s.scaleTitle}</h3>
      <dl class="scale">
        ${framework.scale.levels.map((level, i) => html`<div><dt>${level.value} — ${level.label}</dt><dd>${s.scaleHelp[i] ?? ''}</dd></div>`)}
        <div><dt>${framework.scale.unrated}</dt><dd>${s.unratedHelp}</dd></div>
      </dl>
      <form class="details" @submit=${(e: SubmitEvent) => this.onStart(e, framework)} novalidate>
        <div class="field">
          <label for="project">${s.projectLabel} <span class="hint">(${s.required})</span></label>
          <input id="project" name="project" required maxlength=${LIMITS.project} autocomplete="organization" .value=${live(d?.project ?? '')} ?readonly=${this.locked} @input=${() => this.syncForm()} />
        </div>
        <div class="field">
          <label for="respondent">${s.respondentLabel} <span class="hint">(${s.optional})</span></label>
          <input id="respondent" name="respondent" maxlength=${LIMITS.name} autocomplete="name" .value=${live(d?.respondent?.name ?? '')} ?readonly=${this.locked} />
        </div>
        <div class="field">
          <label for="role">${s.roleLabel} <span class="hint">(${s.optional})</span></label>
          <input id="role" name="role" maxlength=${LIMITS.name} autocomplete="organization-title" .value=${live(d?.respondent?.role ?? '')} ?readonly=${this.locked} />
        </div>
        <div class="field">
          <label for="organisation">${s.organisationLabel} <span class="hint">(${s.optional})</span></label>
          <input id="organisation" name="organisation" maxlength=${LIMITS.name} .value=${live(d?.respondent?.organisation ?? '')} ?readonly=${this.locked} />
        </div>
        <div class="field">
          <label for="date">${s.dateLabel}</label>
          <input id="date" name="date" type="date" .value=${live(d?.date ?? new Date().toISOString().slice(0, 10))} ?readonly=${this.locked} />
        </div>
        <button class="primary" part="button primary" type="submit">${d ? s.resume : s.start}</button>
      </form>
      ${this.locked ? nothing : this.renderImport(framework)}
    </section>`;
  }

  private renderImport(framework: Framework): TemplateResult {
    const s = this.strings;
    return html`<details class="import">
      <summary>${s.importTitle}</summary>
      <div class="field">
        <label for="import-file">${s.importFile}</label>
        <input id="import-file" type="file" accept="application/json,.json" @change=${(e: Event) => this.importFile(e, framework)} />
      </div>
      <form
        class="field inline"
        @submit=${(e: SubmitEvent) => {
          e.preventDefault();
          this.importLink(String(new FormData(e.target as HTMLFormElement).get('link') ?? ''), framework);
        }}
      >
        <label for="import-link">${s.importLink}</label>
        <input id="import-link" name="link" type="url" inputmode="url" />
        <button type="submit" part="button">${s.importLinkButton}</button>
      </form>
    </details>`;
  }

  private renderNav(framework: Framework, diagnostic: Diagnostic): TemplateResult {
    const s = this.strings;
    const score = this.read.score(diagnostic, framework);
    const answered = score.rouages.reduce((n, r) => n + r.answered, 0);
    const total = score.rouages.reduce((n, r) => n + r.total, 0);
    return html`<nav class="nav" part="nav" aria-label=${s.navLabel}>
      <p class="progress-text" id="progress-text">${s.progress(answered, total)}</p>
      <progress part="progress" max=${total} .value=${answered} aria-labelledby="progress-text"></progress>
      <ol class="dimensions">
        ${framework.dimensions.map((dimension, i) => {
          const rouages = score.rouages.filter((r) => r.dimension === dimension.id);
          const dAnswered = rouages.reduce((n, r) => n + r.answered, 0);
          const dTotal = rouages.reduce((n, r) => n + r.total, 0);
          return html`<li style=${cssProps({ '--c': dimensionColor(dimension.id, i) })}>
            <span class="dimension-name">${dimension.title}</span>
            <span class="count">${s.dimensionProgress(dAnswered, dTotal)}</span>
            <ol class="rouages">
              ${rouages.map((r) => {
                const rouage = framework.rouages.find((x) => x.id === r.id)!;
                const current = this.place.step === 'rouage' && this.place.rouage === r.id;
                const status = r.answered === r.total ? s.complete : r.answered === 0 ? s.notStarted : s.dimensionProgress(r.answered, r.total);
                return html`<li>
                  <a
                    href="#${r.id}"
                    aria-current=${current ? 'step' : 'false'}
                    class=${r.answered === r.total ? 'done' : r.answered ? 'partial' : ''}
                    @click=${(e: Event) => {
                      e.preventDefault();
                      this.go({ step: 'rouage', rouage: r.id });
                    }}
                    >${rouage.title}<span class="visually-hidden">, ${status}</span><span class="mark" aria-hidden="true">${r.answered === r.total ? '✓' : r.answered ? '◐' : ''}</span></a
                  >
                </li>`;
              })}
            </ol>
          </li>`;
        })}
        <li>
          <a
            href="#results"
            class="results-link"
            aria-current=${this.place.step === 'results' ? 'step' : 'false'}
            @click=${(e: Event) => {
              e.preventDefault();
              this.go({ step: 'results' });
            }}
            >${s.results}</a
          >
        </li>
      </ol>
    </nav>`;
  }

  private renderRouageStep(framework: Framework, diagnostic: Diagnostic): TemplateResult {
    const s = this.strings;
    const order = this.orderedRouages(framework);
    const index = Math.max(0, order.findIndex((r) => r.id === this.place.rouage));
    const rouage = order[index]!;
    const dimensionIndex = framework.dimensions.findIndex((d) => d.id === rouage.dimension);
    const dimension = framework.dimensions[dimensionIndex]!;
    const phase = framework.phases.find((p) => p.id === rouage.phase);
    const rated = indexFramework(framework).ratedItems.get(rouage.id) ?? [];
    const last = index === order.length - 1;
    return html`<div class="layout">
      ${this.renderNav(framework, diagnostic)}
      <section class="step rouage" part="step" aria-labelledby="rouage-title" style=${cssProps({ '--c': dimensionColor(dimension.id, dimensionIndex) })}>
        <p class="eyebrow">${s.stepOf(index + 1, order.length)} · ${dimension.title} · ${s.func} ${dimension.function.title}${phase ? ` · ${s.phase} ${phase.title}` : ''}</p>
        <h2 id="rouage-title" part="heading" tabindex="-1">${rouage.title}</h2>
        <p>${rouage.description}</p>
        <p class="mission"><strong>${s.mission} :</strong> ${rouage.mission}</p>
        <h3>${s.indicators}</h3>
        <p class="help">${rouage.indicators.length ? s.indicatorsHelp : s.missionRated}</p>
        ${rated.map((item) => this.renderRating(framework, diagnostic, item.id, item.kind === 'mission' ? rouage.mission : item.text))}
        <h3>${s.questions}</h3>
        <p class="help">${s.questionsHelp}</p>
        ${rouage.questions.map(
          (q) => html`<div class="field">
            <label for=${`note-${q.id}`}>${q.text}</label>
            <textarea
              id=${`note-${q.id}`}
              rows="3"
              maxlength=${LIMITS.note}
              .value=${live(diagnostic.notes[q.id] ?? '')}
              ?readonly=${this.locked}
              @input=${(e: Event) => this.writeNote(q.id, (e.target as HTMLTextAreaElement).value)}
            ></textarea>
          </div>`,
        )}
        <div class="buttons">
          <button type="button" part="button" @click=${() => this.step(framework, -1)}>${s.previous}</button>
          ${last || this.locked ? nothing : html`<button type="button" part="button" class="quiet" @click=${() => this.step(framework, 1)}>${s.skip}</button>`}
          <button type="button" part="button primary" class="primary" @click=${() => this.step(framework, 1)}>${last ? s.toResults : s.nextStep}</button>
        </div>
      </section>
    </div>`;
  }

  private renderRating(framework: Framework, diagnostic: Diagnostic, itemId: string, text: string): TemplateResult {
    const current = diagnostic.answers[itemId];
    const options: { value: Rating; label: string }[] = [...framework.scale.levels.map((l) => ({ value: l.value, label: `${l.value} — ${l.label}` })), { value: null, label: framework.scale.unrated }];
    return html`<fieldset class="rating">
      <legend>${text}</legend>
      <div class="options">
        ${options.map(
          (option) => html`<label class="option">
            <input
              type="radio"
              name=${itemId}
              .checked=${live(current !== undefined && current === option.value)}
              ?disabled=${this.locked}
              @change=${() => this.rate(itemId, option.value)}
            />
            <span>${option.label}</span>
          </label>`,
        )}
      </div>
    </fieldset>`;
  }

  private renderResults(framework: Framework, diagnostic: Diagnostic): TemplateResult {
    const s = this.strings;
    const score = this.read.score(diagnostic, framework);
    const answered = score.rouages.reduce((n, r) => n + r.answered, 0);
    const total = score.rouages.reduce((n, r) => n + r.total, 0);
    const recommendations = recommend(diagnostic, framework);
    const titleOf = (id: string | null) => (id ? framework.rouages.find((r) => r.id === id)!.title : s.noNext);
    return html`<div class="layout">
      ${this.renderNav(framework, diagnostic)}
      <section class="step results" part="step" aria-labelledby="results-title">
        <h2 id="results-title" part="heading" tabindex="-1">${s.resultsTitle(diagnostic.project)}</h2>
        <p>${[diagnostic.respondent?.name, diagnostic.respondent?.role, diagnostic.date].filter(Boolean).join(' · ')}</p>
        <p>${s.resultsIntro(answered, total)}</p>
        <rouages-wheel part="wheel" .framework=${framework} .diagnostic=${diagnostic} locale=${this.activeLocale}></rouages-wheel>
        <table class="scores">
          <caption>${s.scoresTitle}</caption>
          <thead>
            <tr><th scope="col">${s.dimension}</th><th scope="col">${s.score}</th><th scope="col">${s.completion}</th><th scope="col">${s.nextGear}</th></tr>
          </thead>
          <tbody>
            ${score.dimensions.map((d) => html`<tr>
              <th scope="row">${framework.dimensions.find((x) => x.id === d.id)!.title}</th>
              <td>${d.score === null ? s.unrated : s.percent(d.score)}</td>
              <td>${s.percent(d.completion)}</td>
              <td>${titleOf(d.next)}</td>
            </tr>`)}
          </tbody>
        </table>
        <h3>${s.recommendationsTitle}</h3>
        ${recommendations.length
          ? html`<p>${s.recommendationsIntro}</p>
              <ol class="recommendations">
                ${recommendations.map(
                  (r) => html`<li>
                    <h4>${r.title} <span class="hint">— ${framework.dimensions.find((d) => d.id === r.dimension)!.title}, ${r.score === null ? s.unrated : s.percent(r.score)}</span></h4>
                    <p>${r.mission}</p>
                    <p class="list-title">${s.toolsToUse}</p>
                    <ul>${r.tools.map((t) => html`<li>${t.text}</li>`)}</ul>
                    <p class="list-title">${s.expectedOutcomes}</p>
                    <ul>${r.outcomes.map((o) => html`<li>${o.text}</li>`)}</ul>
                  </li>`,
                )}
              </ol>`
          : html`<p>${s.noRecommendation}</p>`}
        ${this.renderActions(framework, diagnostic)}
      </section>
    </div>`;
  }

  private renderActions(framework: Framework, diagnostic: Diagnostic): TemplateResult {
    const s = this.strings;
    const sending = this.sending;
    return html`<div class="actions">
      <h3>${s.actionsTitle}</h3>
      <div class="buttons">
        <button type="button" part="button" @click=${() => download(`${this.fileName()}.json`, JSON.stringify(diagnostic, null, 2), 'application/json')}>${s.exportJson}</button>
        <button type="button" part="button" @click=${() => download(`${this.fileName()}.csv`, toCSV(diagnostic, framework), 'text/csv;charset=utf-8')}>${s.exportCsv}</button>
        <button type="button" part="button" @click=${() => globalThis.print?.()}>${s.print}</button>
        <button type="button" part="button" @click=${() => this.makeShareLink(framework)}>${s.shareLink}</button>
        <button type="button" part="button" @click=${() => this.go({ step: 'rouage', rouage: this.place.rouage ?? this.orderedRouages(framework)[0]!.id })}>${s.edit}</button>
      </div>
      ${this.shareUrl
        ? html`<div class="field inline share">
            <label for="share-url">${s.shareLinkLabel}</label>
            <input id="share-url" readonly .value=${this.shareUrl} @focus=${(e: Event) => (e.target as HTMLInputElement).select()} />
            <button type="button" part="button" @click=${() => this.copyShareLink()}>${s.copy}</button>
          </div>`
        : nothing}
      <div class="submit">
        <button type="button" part="button primary" class="primary" ?disabled=${this.locked || sending.status === 'sending'} @click=${() => this.submit()}>
          ${sending.status === 'failed' ? s.retry : s.submit}
        </button>
        <p class="send-status ${sending.status}" role=${sending.status === 'failed' ? 'alert' : 'status'}>
          ${sending.status === 'sending'
            ? s.sending
            : sending.status === 'sent'
              ? s.sent
              : sending.status === 'failed'
                ? s.sendFailed(sending.reason ?? '')
                : sending.status === 'done'
                  ? s.validated
                  : this.submittedAt
                    ? s.sentBefore(this.submittedAt.slice(0, 10))
                    : ''}
        </p>
      </div>
    </div>`;
  }
}

declare global {
  interface HTMLElementEventMap {
    'rouages-submit': CustomEvent<Diagnostic>;
  }
}
