import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { createPlan, indexFramework, isOverdue, localDay, parsePlan, planToCSV, recommend, type Framework, type Plan, type Recommendation } from '../../sdk/api.js';
import { RouagesElement } from '../shared/rouages-element.js';
import { FormControlMixin } from '../shared/form-control.js';
import { baseStyles } from '../shared/styles.js';
import { noticeStyles } from '../shared/notices.js';
import { buttonStyles } from '../shared/button-styles.js';
import { download } from '../shared/download.js';
import { uiLocale, withOwnStrings } from '../shared/i18n.js';
import { planStrings } from './strings.js';
import { planStyles } from './rouages-plan.styles.js';
import { PlanDocumentController, type StorageLike } from './plan-document.js';
import { PlanFormsController } from './forms-controller.js';
import { PlanEditsController, type PlanSetting } from './edits-controller.js';
import { planFileName, planView, type PlanFilters, type PlanView } from './model.js';
import { renderGroups } from './view-actions.js';
import { renderAdd } from './view-add.js';
import { renderToolbar } from './view-toolbar.js';
import { renderNotices } from './view-notices.js';
import { renderFindings } from './view-findings.js';

const stringsOf = withOwnStrings(planStrings);

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
  static override styles = [baseStyles, buttonStyles, noticeStyles, planStyles];

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

  /** @internal What the person filters the plan by (the edits' need: an action added shows them all again). */
  @state() planFilters: PlanFilters = { overdue: false };

  private readonly doc = new PlanDocumentController(this);
  private readonly forms = new PlanFormsController(this, this.doc);
  private readonly edits = new PlanEditsController(this, this.doc, this.forms);
  private view?: PlanView;
  private nextGears: Recommendation[] = [];
  private valueError?: string;
  private opened = false;
  private lastInput?: unknown;

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

  /** @internal The framework, language, day and words changes are read against (the edits controller's need). */
  planSetting(): PlanSetting | undefined {
    const framework = this.planFramework();
    return framework ? { framework, locale: this.activeLocale, today: this.day, s: this.s } : undefined;
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
      this.forms.restore();
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
    if (plan) this.view = planView(plan, framework, this.planFilters, this.day);
    this.nextGears = this.locked ? [] : this.recommendations(framework);
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
        bringBack: (ref) => this.edits.bringBack(ref),
        dismiss: (id) => this.doc.dismiss(id),
        confirm: () => this.doc.confirm(),
        cancel: () => this.doc.cancel(),
        current: plan.project,
        locked: this.locked,
      })}
      ${this.edits.removed && !this.locked
        ? html`<p class="notice info removed" part="notice">${s.planRemoved(this.edits.removed.action.text)} <button type="button" class="undo" @click=${() => this.edits.undoRemove()}>${s.planUndo}</button></p>`
        : nothing}
      ${renderToolbar(framework, s, {
        filters: this.planFilters,
        readonly: this.locked,
        shown: view.shown,
        total: view.summary.counts.total,
        filter: (filters) => (this.planFilters = filters),
        importFile: (file) => void this.edits.importFile(file),
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
              editing: this.forms.editing,
              editError: this.forms.editError,
              overdue: (a) => isOverdue(a, today),
              toolText: (id) => index.item.get(id)?.text,
              formatDay: (day) => this.formatDay(day),
              setStatus: (a, status) => this.edits.setStatus(a, status),
              edit: (a) => this.edits.edit(a),
              editDraft: this.forms.editDraft,
              editBase: this.forms.editBase,
              editInput: (a, fields) => this.forms.typeEdit(a.id, fields),
              postponing: this.forms.postponing,
              postpone: (a, reason) => this.edits.setStatus(a, 'postponed', reason),
              cancelPostpone: (a) => this.edits.cancelPostpone(a),
              save: (a, patch) => this.edits.save(a, patch),
              remove: (a) => this.edits.remove(a),
            })}
      ${this.locked
        ? nothing
        : renderAdd(framework, s, level, {
            draft: this.forms.add,
            error: this.forms.addError,
            recommendations: this.nextGears,
            change: (draft) => this.forms.changeAdd(draft),
            planFor: (rouage) => this.edits.planFor(rouage),
            add: (fields) => this.edits.add(fields),
          })}
      <div class="visually-hidden" role="status" aria-live="polite">${this.edits.announcement}</div>
    </div>`;
  }
}

declare global {
  interface HTMLElementEventMap {
    'rouages-plan-change': CustomEvent<{ plan: Plan }>;
  }
}

