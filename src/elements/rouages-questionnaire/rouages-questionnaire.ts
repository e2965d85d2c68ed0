import { html, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { newDiagnosticId, scoreDiagnostic, type Diagnostic } from '../../sdk/api.js';
import { endpointUrl, hasPersonalDetails, initialQuestionnaireState, sharedCopy, sharedParts, transition, type QuestionnaireEffect, type QuestionnaireEnv, type QuestionnaireEvent, type QuestionnaireState } from '../../state/questionnaire.js';
import { writeDraft } from '../../state/draft.js';
import { RouagesElement } from '../shared/rouages-element.js';
import { builtInFramework } from '../shared/frameworks.js';
import { FormControlMixin, type FormValidity } from '../shared/form-control.js';
import { withOwnStrings } from '../shared/i18n.js';
import { download } from '../shared/download.js';
import { baseStyles } from '../shared/styles.js';
import { noticeStyles } from '../shared/notices.js';
import { buttonStyles } from '../shared/button-styles.js';
import { resultsTableStyles } from '../shared/results-styles.js';
import { questionnaireCatalogues } from './strings.js';
import { DraftController } from './draft-controller.js';
import { DEFAULT_TIMEOUT, SendingController } from './sending-controller.js';
import type { StorageLike } from './draft-store.js';
import { diagnosticFileName, questionnaireModel, type QuestionnaireModel } from './model.js';
import { ResultsLoader } from './results-loader.js';
import { ProviderLink } from './provider-link.js';
import { ShareLinkController } from './share-link-controller.js';
import type { ViewContext } from './views/context.js';
import { renderNotices } from './views/notices.js';
import { renderStart } from './views/start.js';
import { renderRouageStep } from './views/rouage-step.js';
import { questionnaireStyles } from './rouages-questionnaire.styles.js';

const stringsFor = withOwnStrings(questionnaireCatalogues);

/**
 * @summary A self-diagnosis people fill in, rouage by rouage: it saves as they go, restores after a reload, exports, prints, shares and submits, and works inside a plain form.
 *
 * @event {CustomEvent<Diagnostic>} change - After each change of the diagnostic by the person, an import, or another tab; `detail`: the diagnostic.
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
 * @csspart table - The table of dimensions on the results page.
 *
 * CSS custom properties: see `cssProperties` in custom-elements.json, generated from the styles and
 * src/elements/shared/tokens.json (one description per token, for every element).
 */
export class RouagesQuestionnaire extends FormControlMixin(RouagesElement) {
  static override styles = [baseStyles, buttonStyles, noticeStyles, resultsTableStyles, questionnaireStyles];

  /** The shared words and this element's own. */
  protected override get strings() {
    return stringsFor(this.activeLocale);
  }

  /** Keep every answer in `localStorage` under this key, and restore them on reload. */
  @property({ attribute: 'storage-key', reflect: true }) storageKey?: string;

  /** A URL to POST the diagnostic to (JSON, with an `Idempotency-Key` header) when the person sends it. */
  @property({ reflect: true }) endpoint?: string;

  /** How long to wait for the endpoint, in milliseconds; 15000 when the value is not a positive number. */
  @property({ type: Number }) timeout = DEFAULT_TIMEOUT;

  /** Show the answers without letting anyone change them. */
  @property({ type: Boolean, reflect: true }) readonly = false;

  /** The id of the rouage to open first. */
  @property({ attribute: 'start-at', reflect: true }) startAt?: string;

  /** Where drafts are kept: the page's `localStorage` by default (any object with getItem, setItem, removeItem). */
  @property({ attribute: false }) storage?: StorageLike | null;

  /** The one owner of the diagnostic in progress: changed only by `transition`. */
  @state() private state: QuestionnaireState = initialQuestionnaireState();
  /** The share link shown (derived from the state in `willUpdate`). */
  private shareUrl?: string;

  private model?: QuestionnaireModel;
  private readonly drafts = new DraftController(this);
  private readonly sending = new SendingController(this);
  private readonly shareLinks = new ShareLinkController(this);
  private readonly results = new ResultsLoader(this);
  /** A value set while the framework was not there yet (English loads on demand). */
  private pendingValue: { input: unknown } | undefined;
  /** The storage key whose draft was read; undefined before the first read. */
  private openedKey: string | null | undefined;
  private focusHeading = false;
  /** Counts the visits of rouage steps: each visit gets fresh controls (see views/rouage-step.ts). */
  private stepInstance = 0;
  private shownRouage?: string;
  private readonly provider = new ProviderLink();

  constructor() {
    super();
    // A page may set `value` before the element is defined (the CDN file loads it on demand):
    // that value sits on the instance, hiding the accessor; take it over.
    if (Object.prototype.hasOwnProperty.call(this, 'value')) {
      const early = (this as { value?: unknown }).value;
      delete (this as { value?: unknown }).value;
      this.value = early;
    }
  }

  /**
   * The diagnostic being filled in, always up to date; null before the person starts. Set it (an
   * object or JSON; also the `value` attribute) to start from a diagnostic: it is taken at once,
   * the one in progress kept aside, and it is what a form reset returns to.
   */
  get value(): Diagnostic | null {
    return this.pendingValue ? null : this.state.doc;
  }

  set value(input: unknown) {
    if (this.environment()) {
      this.pendingValue = undefined;
      this.dispatchTransition({ type: 'value-set', input });
    } else {
      this.pendingValue = { input };
      this.requestUpdate();
    }
  }

  /** Read-only, disabled, or in a disabled fieldset: shown, not editable. */
  private get locked(): boolean {
    return this.readonly || this.disabled || this.formDisabled;
  }

  // —— the one way the state changes ——

  /** Runs one transition: the new state, the form value at once, then its effects. */
  dispatchTransition(event: QuestionnaireEvent): void {
    const env = this.environment();
    if (!env) return;
    const step = transition(this.state, event, env);
    const moved = step.state.place !== this.state.place;
    this.state = step.state;
    this.syncFormControl();
    // A step the person moved to gets the focus on its heading (not a move made by a draft or a page).
    if (moved && (event.type === 'navigate' || event.type === 'details')) this.focusHeading = true;
    for (const effect of step.effects) this.run(effect);
  }

  private environment(): QuestionnaireEnv | undefined {
    const resolved = this.resolveFramework();
    // While the built-in framework of the language loads (English, on demand), the French one
    // reads values and answers: both have the same ids, so a value set now is taken now.
    const framework = resolved.framework ?? (resolved.loading ? builtInFramework('fr') : undefined);
    if (!framework) return undefined;
    return {
      framework,
      locale: this.activeLocale,
      now: () => new Date().toISOString(),
      newId: newDiagnosticId,
      ...(this.startAt ? { startAt: this.startAt } : {}),
      ...(this.drafts.key ? { storageKey: this.drafts.key } : {}),
    };
  }

  private run(effect: QuestionnaireEffect): void {
    switch (effect.type) {
      case 'save':
        this.drafts.schedule();
        this.shareProvider();
        break;
      case 'keep-aside':
        this.drafts.keepAside({ format: 'rouages-aside/1', reason: effect.aside.reason, diagnostic: effect.aside.copy }, effect.aside.at);
        break;
      case 'keep-aside-raw':
        this.drafts.keepAside(effect.value, effect.at);
        break;
      case 'drop-aside':
        this.drafts.dropAside(effect.at);
        break;
      case 'emit-change':
        this.shareProvider();
        this.dispatchEvent(new CustomEvent('change', { detail: effect.doc, bubbles: true, composed: true }));
        break;
      case 'post':
        if (this.endpoint) void this.sending.post(this.endpoint, effect.doc, effect.version, effect.idempotencyKey, this.timeout);
        break;
      case 'tell':
      case 'confirm':
        // Rendered from the state (notices, pending question).
        break;
    }
  }

  /** The draft as stored: the diagnostic, the place, the version sent. */
  draftText(): string | null {
    const { doc, place, sent } = this.state;
    return doc ? writeDraft({ diagnostic: doc, place, ...(sent ? { sent } : {}) }) : null;
  }

  // —— form association (shared/form-control.ts) ——

  protected override formValue(): string | null {
    const doc = this.value;
    return doc ? JSON.stringify(doc) : null;
  }

  /** A `required` questionnaire whose project name is blank (a `value` set by the page with `"   "`) is missing its value, as an empty one. */
  protected override formValidity(): FormValidity | null {
    if (!this.required || this.value?.project.trim()) return null;
    const anchor = this.validityAnchor();
    return { flags: { valueMissing: true }, message: this.missingValueMessage(), ...(anchor ? { anchor } : {}) };
  }

  protected override missingValueMessage(): string {
    return this.strings.valueMissing;
  }

  protected override validityAnchor(): HTMLElement | undefined {
    const root = this.renderRoot;
    return root?.querySelector<HTMLElement>('#project') ?? root?.querySelector<HTMLElement>('[part~="heading"]') ?? undefined;
  }

  /** The `value` attribute: a diagnostic as JSON, read as the `value` property is. */
  protected override valueAttributeChanged(text: string | null): void {
    this.value = text;
  }

  protected override formReset(): void {
    this.dispatchTransition({ type: 'form-reset' });
  }

  protected override formStateRestore(state: string | File | FormData | null): void {
    if (typeof state === 'string') this.dispatchTransition({ type: 'form-state-restore', state });
  }

  // —— lifecycle ——

  override connectedCallback(): void {
    super.connectedCallback();
    this.openDraft();
  }

  /** For the share-link controller: read-only or disabled. */
  get shareLocked(): boolean {
    return this.locked;
  }

  /** For the share-link controller: the draft was read (a link in the address comes after it). */
  get draftOpened(): boolean {
    return this.openedKey !== undefined;
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const framework = this.resolveFramework().framework;
    if (!framework) return;
    if (this.pendingValue) {
      const { input } = this.pendingValue;
      this.pendingValue = undefined;
      this.dispatchTransition({ type: 'value-set', input });
    }
    if (this.openedKey === undefined || changed.has('storageKey') || changed.has('storage')) this.openDraft(changed.has('storage') && this.openedKey !== undefined);
    this.provider.follow(this.context, framework, this.state, (event) => this.dispatchTransition(event));
    const shown = this.state.doc && this.state.place.step === 'rouage' ? this.state.place.rouage : undefined;
    if (shown !== this.shownRouage) {
      this.shownRouage = shown;
      this.stepInstance++;
    }
    const shared = this.state.sharing.open ? sharedCopy(this.state) : null;
    this.shareUrl = shared ? this.shareLinks.linkFor(shared, framework) : undefined;
    if (this.state.doc && this.state.place.step === 'results') void this.results.load();
    this.model = questionnaireModel(framework, this.state, (d, f) => this.read.score(d, f) ?? scoreDiagnostic(d, f), this.stepInstance, this.results.loaded?.recommend);
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const heading = this.focusHeading && this.renderRoot.querySelector<HTMLElement>('[part~="heading"]');
    // The results' heading comes with their code (results-loader.ts): focused when it is here.
    if (heading) {
      this.focusHeading = false;
      heading.focus();
    }
    if (this.state.doc) this.results.preloadSoon();
  }

  /** Resolves once rendered, with the results page's code when it was being fetched. */
  protected override async getUpdateComplete(): Promise<boolean> {
    const done = await super.getUpdateComplete();
    const pending = this.results.pending;
    if (!pending) return done;
    await pending;
    return super.getUpdateComplete();
  }

  /** Reads the draft under the current key: on connection, and when the key or the storage changes. */
  private openDraft(storageChanged = false): void {
    if (!this.environment()) return;
    const key = this.storageKey ?? null;
    const first = this.openedKey === undefined;
    if (!first && key === this.openedKey && !storageChanged) return;
    this.openedKey = key;
    const stored = this.drafts.open(this.storageKey, this.storage);
    if (stored !== undefined) {
      if (typeof stored === 'object' && stored !== null) this.dispatchTransition({ type: 'storage-unavailable' });
      else {
        this.dispatchTransition({ type: first ? 'load-draft' : 'storage-key-changed', stored });
        this.dispatchTransition({ type: 'stored-asides', entries: this.drafts.asides() });
      }
    } else if (!first) {
      this.dispatchTransition({ type: 'storage-key-changed', stored: null });
    }
    // A share link in the address: opened on its results when nothing would be replaced, else offered.
    if (first) this.shareLinks.readAddress();
  }

  // —— the provider (behind one small object, so a change in how elements reach it stays there) ——

  private shareProvider(): void {
    this.provider.share(this.context, this.state);
  }

  // —— what the person does ——

  private send = (event: QuestionnaireEvent): void => {
    const edits = ['answer', 'note', 'details', 'import-file', 'open-share-link', 'restore', 'confirm-replace'];
    if (this.locked && edits.includes(event.type)) return;
    this.dispatchTransition(event);
  };

  /** Sends the diagnostic (sending-controller.ts): to the page if it takes over, else to `endpoint`, or into the form. */
  private submit = (): void => {
    const env = this.environment();
    if (!env || this.state.sending.status === 'sending') return;
    this.drafts.flush();
    this.sending.submit({ state: this.state, env, endpoint: this.endpoint, form: this.form });
  };

  /** Where the diagnostic is sent, when `endpoint` is a web address: what the start screen says. */
  private endpointOrigin(): string | undefined {
    if (!this.endpoint) return undefined;
    const url = endpointUrl(this.endpoint, document.baseURI);
    return url instanceof URL ? url.origin : undefined;
  }

  private viewContext(model: QuestionnaireModel): ViewContext {
    return {
      model,
      s: this.strings,
      locale: this.activeLocale,
      locked: this.locked,
      readonly: this.readonly,
      share: {
        ...(this.shareUrl ? { url: this.shareUrl } : {}),
        parts: this.shareUrl ? sharedParts(this.state) : [],
        personal: hasPersonalDetails(this.state),
        includePersonal: this.state.sharing.personalDetails,
      },
      drafts: Boolean(this.drafts.key),
      ...(this.endpointOrigin() ? { endpointOrigin: this.endpointOrigin()! } : {}),
      send: this.send,
      act: {
        exportable: () => {
          const copy = sharedCopy(this.state);
          return copy ? { copy, name: diagnosticFileName(copy) } : null;
        },
        exportAside: (ref) => {
          const aside = this.state.aside.find((a) => a.ref === ref);
          if (aside) download(`${diagnosticFileName(this.state.doc)}-${this.strings.asideFileSuffix}.json`, JSON.stringify(aside.copy, null, 2), 'application/json');
        },
        submit: this.submit,
        print: () => globalThis.print?.(),
      },
    };
  }

  override render() {
    const resolved = this.resolveFramework();
    if (!resolved.framework || !this.model) return this.renderUnresolved(resolved);
    const v = this.viewContext(this.model);
    const place = this.state.place.step;
    const view = this.state.doc && place === 'results' ? this.results.render(v) : this.state.doc && place === 'rouage' ? renderRouageStep(v) : renderStart(v);
    return html`<div class="root" part="base" role="region" lang=${this.activeLocale} aria-label=${this.strings.questionnaireLabel}>${renderNotices(v)} ${view}</div>`;
  }
}

declare global {
  interface HTMLElementEventMap {
    'rouages-submit': CustomEvent<Diagnostic>;
  }
}
