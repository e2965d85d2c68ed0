import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import {
  actionChange,
  addAction,
  createPlan,
  indexFramework,
  isOverdue,
  localDay,
  parsePlan,
  planToCSV,
  recommend,
  removeAction,
  setActionStatus,
  statusLabel,
  updateAction,
  type ActionFields,
  type ActionStatus,
  type Framework,
  type Plan,
  type PlanAction,
  type Recommendation,
  type Result,
} from '../../sdk/api.js';
import { RouagesElement } from '../shared/rouages-element.js';
import { FormControlMixin } from '../shared/form-control.js';
import { baseStyles } from '../shared/styles.js';
import { buttonStyles } from '../shared/button-styles.js';
import { download } from '../shared/download.js';
import { uiLocale, withOwnStrings } from '../shared/i18n.js';
import { planStrings } from './strings.js';
import { planStyles } from './rouages-plan.styles.js';
import { PlanDocumentController, type StorageLike } from './plan-document.js';
import { planFileName, planView, type PlanFilters, type PlanView } from './model.js';
import { renderGroups } from './view-actions.js';
import { renderAdd, type AddDraft } from './view-add.js';
import { renderToolbar } from './view-toolbar.js';
import { renderNotices } from './view-notices.js';
import { readPlanFile } from './plan-import.js';
import { renderFindings } from './view-findings.js';

const stringsOf = withOwnStrings(planStrings);
/** A plan file larger than this is refused before it is read. */
const MAX_FILE_BYTES = 5_000_000;

/**
 * @summary The project's plan of actions, the method's third use: actions per rouage (or per dimension), with their mode, partner, owner, status and dates; add from the next gears, edit, filter, import and export, print; saved in the browser; a form control.
 *
 * @event rouages-plan-change - The plan changed (an action added, edited or removed, a file imported, another tab's version merged); `detail: { plan }`.
 *
 * @csspart base - The plan.
 * @csspart title - The plan's title.
 * @csspart toolbar - Filters and files.
 * @csspart filters - The filters.
 * @csspart files - The import, export and print buttons.
 * @csspart notice - A message (restored, kept aside, storage, file).
 * @csspart dimension - One dimension's section.
 * @csspart dimension-title - A dimension's heading.
 * @csspart rouage-title - A rouage's heading.
 * @csspart action - One action.
 * @csspart status - An action's status.
 * @csspart overdue - The mark of an overdue action.
 * @csspart edit-form - The form that edits an action.
 * @csspart add - The part that adds an action.
 * @csspart next-gears - The diagnostic's next gears, to plan for.
 * @csspart message - A message about input that could not be read.
 * @csspart findings - A diagnostic's findings (« constats »), apart from the actions.
 */
export class RouagesPlan extends FormControlMixin(RouagesElement) {
  static override styles = [baseStyles, buttonStyles, planStyles];

  /** The plan to show and edit (object or JSON `rouages-plan/1`); the provider's when absent. A plan saved under `storage-key` is taken back first. */
  @property({ attribute: false }) plan?: unknown;

  /** The project's name for a new plan, when no plan is given. */
  @property({ reflect: true }) project?: string;

  /** Saves the plan in the browser (under `<key>:plan`: the questionnaire may share the key), and takes it back on reload; several tabs on one key merge. */
  @property({ attribute: 'storage-key', reflect: true }) storageKey?: string;

  /** The storage used with `storage-key` (the page's localStorage by default; null for none). */
  @property({ attribute: false }) storage?: StorageLike | null;

  /** Shows the plan without any control that changes it (export and print stay). */
  @property({ type: Boolean, reflect: true }) readonly = false;

  /** A diagnostic (object or JSON) whose next gears are offered as starting points; the provider's when absent. */
  @property({ attribute: false }) diagnostic?: unknown;

  /** The day overdue actions are counted against (YYYY-MM-DD); today by default. */
  @property({ reflect: true }) today?: string;

  /** The level of the plan's heading (1–6); dimensions and rouages are one and two levels below. */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 2;

  @state() private filters: PlanFilters = { overdue: false };
  @state() private editing?: string;
  @state() private editError?: string;
  /** What is typed in the open edit form (kept under the storage key too). */
  @state() private editDraft?: Record<string, string | string[]>;
  /** The action whose postponement waits for its reason. */
  @state() private postponing?: string;
  @state() private addDraft: AddDraft = { place: '', tool: '', text: '' };
  @state() private addError?: string;
  @state() private announcement = '';
  @state() private lastRemoved?: { action: PlanAction; index: number };

  private readonly doc = new PlanDocumentController(this);
  private view?: PlanView;
  private nextGears: Recommendation[] = [];
  private valueError?: string;
  private opened = false;
  private lastInput?: unknown;
  private focusAfterUpdate?: string;
  /** A selector in the shadow root to focus after the next update (when it is not an action's text). */
  private focusSelectorAfterUpdate?: string;

  /** The plan as it stands (null before the framework is loaded). */
  get value(): Plan | null {
    return this.doc.plan;
  }

  set value(plan: unknown) {
    this.plan = plan;
  }

  /** @internal The framework plans are read against (the document controller's need). */
  planFramework(): Framework | undefined {
    return this.resolveFramework().framework;
  }

  /** @internal The plan changed: the page, the provider and the form hear of it. */
  planChanged(plan: Plan | null): void {
    this.syncFormControl();
    if (!plan) return;
    this.emit('rouages-plan-change', { plan });
    if (this.context?.setPlan && this.context.plan !== plan) {
      // The plan comes back through the context: known, so it is not read again as news.
      this.lastInput = plan;
      this.context.setPlan(plan);
    }
  }

  /** The plan as JSON, submitted under `name`; nothing while it has no action. */
  protected override formValue(): string | null {
    const plan = this.doc.plan;
    return plan && plan.actions.length ? JSON.stringify(plan) : null;
  }

  protected override missingValueMessage(): string {
    return this.s.planRequired;
  }

  protected override validityAnchor(): HTMLElement | undefined {
    return this.renderRoot?.querySelector<HTMLElement>('.add-form textarea') ?? undefined;
  }

  /** The form was reset: back to the plan the page gave (or a new one); what was made is kept aside. */
  protected override formReset(): void {
    const framework = this.planFramework();
    if (framework) this.doc.reset(this.readInput(framework) ?? this.emptyPlan(framework));
  }

  protected override formStateRestore(stateText: string | File | FormData | null): void {
    const framework = this.planFramework();
    const read = framework && typeof stateText === 'string' ? parsePlan(stateText, framework) : undefined;
    if (read?.success) this.doc.replace(read.data, 'form-restore');
  }

  /** The `value` attribute: the plan as JSON, as a page would write it in HTML. */
  protected override valueAttributeChanged(text: string | null): void {
    this.plan = text ?? undefined;
  }

  /** Read-only by its attribute, or disabled (its own attribute or a disabled fieldset). */
  private get locked(): boolean {
    return this.readonly || this.disabled || this.formDisabled;
  }

  /** The person's day: the `today` given, else the local day (never the UTC day). */
  private get day(): string {
    return this.today ?? localDay();
  }

  private get s() {
    return stringsOf(this.activeLocale);
  }

  /** A new plan: of the `project` given, else of the diagnostic's project, else untitled. */
  private emptyPlan(framework: Framework): Plan {
    const diagnostic = this.read.diagnostic(this.diagnostic ?? this.context?.diagnostic, framework, this.activeLocale)?.value;
    return createPlan({ project: this.project || diagnostic?.project || this.s.planUntitled, framework });
  }

  /** The page's (or the provider's) plan, read; undefined when there is none or it cannot be read (`valueError`). */
  private readInput(framework: Framework): Plan | undefined {
    const input = this.plan ?? this.context?.plan;
    this.valueError = undefined;
    if (input === undefined || input === null) return undefined;
    const read = parsePlan(input, framework, { locale: this.activeLocale });
    if (read.success) return read.data;
    this.valueError = read.error.message;
    return undefined;
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const framework = this.planFramework();
    if (!framework) return;
    const input = this.plan ?? this.context?.plan;
    if (!this.opened || changed.has('storageKey') || changed.has('storage')) {
      this.opened = true;
      this.lastInput = input;
      const given = this.readInput(framework);
      this.doc.open(this.storageKey, this.storage);
      this.restoreForms();
      const held = this.doc.plan;
      if (!held) this.doc.replace(given ?? this.emptyPlan(framework), 'value');
      else if (given && given.id === held.id) this.doc.replace(given, 'value');
      else if (given && given.actions.length) {
        // Storage holds another plan: it is taken back, and the page's is kept aside, offered back, with a word.
        this.doc.keepAside(given, 'value');
        this.doc.notice({ id: 'value-aside', tone: 'info', params: { project: given.project } });
      }
    } else if (input !== this.lastInput) {
      this.lastInput = input;
      const given = this.readInput(framework);
      if (given && given !== this.doc.plan) this.doc.replace(given, 'value');
    }
    const plan = this.doc.plan;
    if (plan) this.view = planView(plan, framework, this.filters, this.day);
    this.nextGears = this.locked ? [] : this.recommendations(framework);
  }

  /** The forms' drafts kept under the storage key come back (a reload loses nothing being typed). */
  private restoreForms(): void {
    const forms = this.doc.readForms();
    const text = (value: string | string[] | undefined) => (typeof value === 'string' ? value : '');
    if (forms.add) {
      const a = forms.add;
      this.addDraft = { place: text(a.place), tool: text(a.tool), text: text(a.text), owner: text(a.owner), due: text(a.due) };
    }
    if (forms.edit && this.doc.plan?.actions.some((a) => a.id === forms.edit!.id)) {
      this.editing = forms.edit.id;
      this.editDraft = forms.edit.fields;
    }
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (changed.has('addDraft') || changed.has('editing') || changed.has('editDraft')) {
      const d = this.addDraft;
      const typed = d.place || d.tool || d.text || d.owner || d.due;
      this.doc.saveForms({
        ...(typed ? { add: { ...d } as Record<string, string> } : {}),
        ...(this.editing && this.editDraft ? { edit: { id: this.editing, fields: this.editDraft } } : {}),
      });
    }
    if (this.focusSelectorAfterUpdate) {
      const target = this.renderRoot.querySelector<HTMLElement>(this.focusSelectorAfterUpdate);
      this.focusSelectorAfterUpdate = undefined;
      target?.focus();
    }
    if (!this.focusAfterUpdate) return;
    const target = this.renderRoot.querySelector<HTMLElement>(`.action[data-id="${CSS.escape(this.focusAfterUpdate)}"] .action-text`);
    this.focusAfterUpdate = undefined;
    target?.focus();
  }

  private say(text: string): void {
    // The same sentence twice is still announced: the region is emptied first.
    this.announcement = '';
    void this.updateComplete.then(() => (this.announcement = text));
  }

  private apply(result: Result<Plan>, changed: string[], onError: (message: string) => void): boolean {
    if (!result.success) {
      onError(result.error.message);
      return false;
    }
    this.doc.edit(result.data, changed);
    return true;
  }

  // —— transitions from the interface ——

  private addFrom(fields: { place: string; tool: string; text: string; due: string; owner: string }, framework: Framework): boolean {
    const plan = this.doc.plan;
    if (!plan) return false;
    const [kind, id] = [fields.place.slice(0, 2), fields.place.slice(2)];
    const action: ActionFields = { text: fields.text, ...(kind === 'r:' ? { rouage: id } : { dimension: id }) };
    if (fields.tool) action.tool = fields.tool;
    if (fields.due) action.due = fields.due;
    if (fields.owner) action.owner = fields.owner;
    const result = addAction(plan, action, { framework, locale: this.activeLocale, today: this.day });
    if (!result.success) {
      this.addError = this.s.planInvalid(result.error.message);
      return false;
    }
    const added = result.data.actions.at(-1)!;
    this.doc.edit(result.data, [actionChange(added.id)]);
    this.addError = undefined;
    this.addDraft = { place: '', tool: '', text: '' };
    this.filters = { overdue: false };
    this.focusAfterUpdate = added.id;
    this.say(this.s.planAdded(added.text));
    return true;
  }

  private setStatus(action: PlanAction, status: ActionStatus, framework: Framework, reason?: string): void {
    const plan = this.doc.plan;
    if (!plan) return;
    if (status === 'postponed' && reason === undefined) {
      // The source records a postponement with its reason: asked before it is recorded.
      this.postponing = action.id;
      this.focusSelectorAfterUpdate = `.action[data-id="${CSS.escape(action.id)}"] form.postpone input`;
      return;
    }
    this.postponing = undefined;
    // Where focus goes if the action leaves the list shown: the next action shown, else the previous, else the filters' summary.
    const shown = this.renderRoot.querySelectorAll<HTMLElement>('.action');
    const ids = [...shown].map((n) => n.dataset.id ?? '');
    const at = ids.indexOf(action.id);
    const ok = this.apply(
      setActionStatus(plan, action.id, status, { framework, locale: this.activeLocale, today: this.day, ...(reason !== undefined ? { reason } : {}) }),
      [actionChange(action.id)],
      (message) => this.say(message),
    );
    if (!ok) return;
    const updated = this.doc.plan!.actions.find((a) => a.id === action.id)!;
    const stays = (!this.filters.status || updated.status === this.filters.status) && (!this.filters.overdue || isOverdue(updated, this.day));
    const label = statusLabel(status, framework);
    if (stays) {
      if (reason !== undefined) this.focusSelectorAfterUpdate = `.action[data-id="${CSS.escape(action.id)}"] .status-menu`;
      this.say(this.s.planStatusChanged(action.text, label));
      return;
    }
    const next = ids[at + 1] ?? ids[at - 1];
    this.focusSelectorAfterUpdate = next ? `.action[data-id="${CSS.escape(next)}"] .action-text` : '.shown';
    this.say(this.s.planLeftFilter(action.text, label));
  }

  /** Closes the edit form; focus goes back to the button that opened it. */
  private closeEdit(): void {
    const id = this.editing;
    this.editing = undefined;
    this.editDraft = undefined;
    this.editError = undefined;
    if (id) this.focusSelectorAfterUpdate = `.action[data-id="${CSS.escape(id)}"] .edit-button`;
  }

  private save(action: PlanAction, patch: Partial<ActionFields>, framework: Framework): void {
    const plan = this.doc.plan;
    if (!plan) return;
    const ok = this.apply(updateAction(plan, action.id, patch, { framework, locale: this.activeLocale, today: this.day }), [actionChange(action.id)], (message) => (this.editError = this.s.planInvalid(message)));
    if (!ok) return;
    this.editing = undefined;
    this.editDraft = undefined;
    this.editError = undefined;
    this.focusAfterUpdate = action.id;
    this.say(this.s.planUpdated(patch.text ?? action.text));
  }

  private dropAction(action: PlanAction): void {
    const plan = this.doc.plan;
    if (!plan) return;
    this.lastRemoved = { action, index: plan.actions.findIndex((a) => a.id === action.id) };
    this.doc.edit(removeAction(plan, action.id), [actionChange(action.id)]);
    this.say(this.s.planRemoved(action.text));
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('.undo')?.focus());
  }

  private undoRemove(): void {
    const plan = this.doc.plan;
    const removed = this.lastRemoved;
    if (!plan || !removed) return;
    const actions = plan.actions.slice();
    actions.splice(removed.index, 0, removed.action);
    this.lastRemoved = undefined;
    this.doc.edit({ ...plan, actions, updatedAt: new Date().toISOString() }, [actionChange(removed.action.id)]);
    this.focusAfterUpdate = removed.action.id;
    this.say(this.s.planAdded(removed.action.text));
  }

  private async importFile(file: File, framework: Framework): Promise<void> {
    const s = this.s;
    const tell = (text: string, tone: 'error' | 'info') => this.doc.notice({ id: 'file', tone, params: { text } });
    if (file.size > MAX_FILE_BYTES) return tell(s.planBadFile(file.name, s.planFileTooBig), 'error');
    const text = await file.text();
    const plan = this.doc.plan;
    if (!plan) return;
    const reading = readPlanFile(text, /\.csv$/i.test(file.name) || file.type === 'text/csv', plan, framework, this.activeLocale, this.day);
    this.doc.dismiss('file');
    switch (reading.kind) {
      case 'error':
        return tell(s.planBadFile(file.name, reading.message), 'error');
      case 'same':
        return tell(s.planSameFile(file.name), 'info');
      case 'edit':
        this.doc.edit(reading.plan, reading.changed);
        return tell(s.planCsvApplied(file.name, reading.updated, reading.added), 'info');
      case 'plan': {
        const outcome = this.doc.replace(reading.plan, 'file', true);
        if (outcome === 'merged') tell(s.planMerged(file.name), 'info');
        else if (outcome === 'replaced') tell(s.planImported(file.name, reading.plan.actions.length), 'info');
        else if (outcome === 'same') tell(s.planSameFile(file.name), 'info');
      }
    }
  }

  private recommendations(framework: Framework): Recommendation[] {
    const read = this.read.diagnostic(this.diagnostic ?? this.context?.diagnostic, framework, this.activeLocale);
    return read?.value ? recommend(read.value, framework) : [];
  }

  private formatDay(day: string): string {
    return new Intl.DateTimeFormat(this.activeLocale, { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(`${day}T00:00:00Z`));
  }

  override render(): TemplateResult {
    const resolved = this.resolveFramework();
    if (!resolved.framework) return this.renderUnresolved(resolved);
    const framework = resolved.framework;
    const plan = this.doc.plan;
    const view = this.view;
    const s = this.s;
    if (!plan || !view) return this.renderUnresolved({});
    const level = Math.min(6, Math.max(1, Math.round(this.headingLevel) || 2));
    const index = indexFramework(framework);
    const today = this.day;
    return html`<div class="root" part="base" role="region" aria-label=${s.planLabel} lang=${uiLocale(this.activeLocale)}>
      <div class="title" part="title" role="heading" aria-level=${level}>${s.planTitle(plan.project)}</div>
      ${this.valueError ? html`<p class="message" part="message" role="alert">${s.planBadValue(this.valueError)}</p>` : nothing}
      ${plan.origin?.dimensionsFrom === 'position' ? html`<p class="reading" part="notice">${s.planReading}</p>` : nothing}
      ${plan.note ? html`<p class="note" part="notice">${plan.note}</p>` : nothing}
      <p class="counts">${s.planCounts(view.summary.counts.total, view.summary.counts.done, view.summary.counts.overdue)}${this.locked ? html` ${s.planReadonly}` : nothing}</p>
      ${renderNotices(this.doc.state, s, {
        bringBack: (ref) => {
          this.doc.bringBack(ref);
          this.say(s.planBroughtBack);
        },
        dismiss: (id) => this.doc.dismiss(id),
        confirm: () => this.doc.confirm(),
        cancel: () => this.doc.cancel(),
        current: plan.project,
        locked: this.locked,
      })}
      ${this.lastRemoved && !this.locked
        ? html`<p class="removed" part="notice">${s.planRemoved(this.lastRemoved.action.text)} <button type="button" class="undo" @click=${() => this.undoRemove()}>${s.planUndo}</button></p>`
        : nothing}
      ${renderToolbar(framework, s, {
        filters: this.filters,
        readonly: this.locked,
        shown: view.shown,
        total: view.summary.counts.total,
        filter: (filters) => (this.filters = filters),
        importFile: (file) => void this.importFile(file, framework),
        exportJson: () => download(planFileName(plan.project, 'json'), `${JSON.stringify(plan, null, 2)}\n`, 'application/json'),
        exportCsv: () => download(planFileName(plan.project, 'csv'), planToCSV(plan, framework), 'text/csv;charset=utf-8'),
        print: () => window.print(),
      })}
      ${renderFindings(plan, framework, s, level)}
      ${view.summary.counts.total === 0
        ? html`<p class="empty">${plan.findings?.length ? s.planNoActionFindings : s.planEmpty}</p>`
        : view.groups.length === 0
          ? html`<p class="empty">${s.planNoMatch}</p>`
          : renderGroups(view.groups, framework, s, level, {
              readonly: this.locked,
              editing: this.editing,
              editError: this.editError,
              overdue: (a) => isOverdue(a, today),
              toolText: (id) => index.item.get(id)?.text,
              formatDay: (day) => this.formatDay(day),
              setStatus: (a, status) => this.setStatus(a, status, framework),
              edit: (a) => {
                if (!a) return this.closeEdit();
                this.editing = a.id;
                this.editDraft = undefined;
                this.editError = undefined;
              },
              editDraft: this.editDraft,
              editInput: (a, fields) => {
                if (this.editing === a.id) this.editDraft = fields;
              },
              postponing: this.postponing,
              postpone: (a, reason) => this.setStatus(a, 'postponed', framework, reason),
              cancelPostpone: (a) => {
                this.postponing = undefined;
                this.focusSelectorAfterUpdate = `.action[data-id="${CSS.escape(a.id)}"] .status-menu`;
              },
              save: (a, patch) => this.save(a, patch, framework),
              remove: (a) => this.dropAction(a),
            })}
      ${this.locked
        ? nothing
        : renderAdd(framework, s, level, {
            draft: this.addDraft,
            error: this.addError,
            recommendations: this.nextGears,
            change: (draft) => (this.addDraft = { ...this.addDraft, ...draft }),
            planFor: (rouage) => {
              this.addDraft = { place: `r:${rouage}`, tool: '', text: '' };
              void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('.add-form select.tool, .add-form textarea')?.focus());
            },
            add: (fields) => this.addFrom(fields, framework),
          })}
      <div class="visually-hidden" role="status" aria-live="polite">${this.announcement}</div>
    </div>`;
  }
}

declare global {
  interface HTMLElementEventMap {
    'rouages-plan-change': CustomEvent<{ plan: Plan }>;
  }
}

