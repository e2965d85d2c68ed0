import { html, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { CooperationCase, Diagnostic, Framework } from '../../sdk/api.js';
import { RouagesElement } from '../shared/rouages-element.js';
import type { DiagnosticInput, DiagnosticsInput } from '../shared/inputs.js';
import { noticeStyles } from '../shared/notices.js';
import { baseStyles } from '../shared/styles.js';
import { buttonStyles } from '../shared/button-styles.js';
import { FileDropController, type FileEntry } from './file-drop.js';
import type { ReportParts } from './parts.js';
import { reportStyles } from './rouages-report.styles.js';
import { ReportModel, hasOwnInputs, type Entry, type Removed, type ReportView } from './view-model.js';
import { reportWords, type ReportWords } from './words.js';
import { renderCase } from './views/case.js';
import { renderCollective } from './views/collective.js';
import { renderComparison } from './views/comparison.js';
import { renderEmpty } from './views/empty.js';
import { renderSingle } from './views/single.js';

/**
 * @summary A report to read, print and share: one diagnostic (scores by dimension and phase, next gears, open answers), a steering committee's collective view (points to discuss first), the change between two diagnostics, or one of the source's seven cases.
 *
 * What it shows follows what it is given (its own properties, else those of a surrounding
 * `<rouages-provider>`): a `case` presents that case; `compare` with `diagnostic` the change
 * from the first to the second; otherwise its respondents, `diagnostics` (or `diagnostic`)
 * and the files the person chooses or drops: two or more are a collective view, one a
 * one-diagnostic report, none an explanation and a file chooser. Inside a provider, the files
 * join the provider's group, so a wheel beside the report shows them too. It prints on A4
 * portrait one section a page (a page's `@page { size: A4 }` rule sets the paper: shadow DOM cannot).
 *
 * @event rouages-report-change - The person added or removed diagnostics (files chosen or dropped, a respondent removed); `detail: { diagnostics }`, the list the report now shows.
 *
 * @csspart base - The element's container.
 * @csspart title - The report's title (a heading of `heading-level`).
 * @csspart section - Each section of the report (one page each when printed).
 * @csspart section-title - The heading of each section.
 * @csspart subsection-title - The heading of a part of a section (a rouage, a next gear, a dimension of a case).
 * @csspart notices - Messages about files, projects and dates.
 * @csspart wheel - The wheel.
 * @csspart table - Every table of scores or changes.
 * @csspart discuss - The list of divergent items ("À discuter").
 * @csspart respondents - The list of respondents.
 * @csspart dropzone - The file chooser, where files can also be dropped.
 * @csspart button - Every button.
 *
 * CSS custom properties: see `cssProperties` in custom-elements.json, generated from the styles and
 * src/elements/shared/tokens.json (one description per token, for every element).
 */
export class RouagesReport extends RouagesElement {
  static override styles = [baseStyles, buttonStyles, noticeStyles, reportStyles];

  /** The shared words and this element's own. */
  protected override get strings() {
    return reportWords(this.activeLocale).s;
  }

  /** One diagnostic (object or JSON) to report on; with `compare`, the later of the two. The provider's when absent. */
  @property({ attribute: false }) diagnostic?: DiagnosticInput;

  /** An earlier diagnostic of the same project (object or JSON): the report then shows the change from it to `diagnostic`. */
  @property({ attribute: false }) compare?: DiagnosticInput;

  /** Several diagnostics of one project (a list, or its JSON), for the collective view. Files the person adds join them. */
  @property({ attribute: false }) diagnostics?: DiagnosticsInput;

  /** One of the source's cases (`framework/cases/*.json`, object or JSON): the report then presents that case. */
  @property({ attribute: false }) case?: CooperationCase | string;

  /** The project's plan of actions (`rouages-plan/1`, object or JSON; the provider's when absent): the evaluation over time lists, per rouage, the actions done between the two days. */
  @property({ attribute: false }) plan?: unknown;

  /** The level of the report's title (1–6), to fit the page's outline; sections are one level below. */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 2;

  @state() private files: FileEntry[] = [];
  @state() private removed: Removed = { source: undefined, positions: new Set() };
  @state() private status = '';

  private readonly drop = new FileDropController(this, {
    accepts: () => !this.view || 'collection' in this.view,
    received: (entries) => void this.addFiles(entries),
  });

  private readonly model = new ReportModel();
  /** The framework of what is shown (resolved in `willUpdate`). */
  private shown?: Framework;
  /** What is shown: computed in `willUpdate` from the inputs, the files and the removals. */
  private view?: ReportView;

  private get inputs() {
    return { own: { case: this.case, diagnostic: this.diagnostic, compare: this.compare, diagnostics: this.diagnostics }, state: this.context };
  }

  /** Whether the report shows its provider's diagnostics (then files and removals go to the provider). */
  private get sharesProvider(): boolean {
    return !hasOwnInputs(this.inputs.own) && Boolean(this.context?.setDiagnostics);
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const resolved = this.resolveFramework();
    this.shown = resolved.framework;
    this.view = resolved.framework ? this.model.view(this.inputs, resolved.framework, reportWords(this.activeLocale), this.files, this.removed) : undefined;
  }

  private get collection() {
    return this.view && 'collection' in this.view ? this.view.collection : undefined;
  }

  // —— what the person does ——

  private async addFiles(entries: FileEntry[]) {
    const before = this.collection?.entries.length ?? 0;
    // Messages about earlier files give way to those of the new ones.
    const kept = new Set(this.collection?.entries.map((e) => e.file));
    this.files = [...this.files.filter((f) => kept.has(f.id)), ...entries];
    await this.updateComplete;
    const after = this.collection?.entries.length ?? 0;
    this.status = after > before ? this.strings.reportAdded(after - before) : '';
    this.shareWithProvider();
    this.emitChange();
  }

  private removeEntry = (entry: Entry, position: number) => {
    // Files left out (bad ones, duplicates) go with their messages: the person has moved on.
    const used = new Set(this.collection?.entries.map((e) => e.file));
    this.files = this.files.filter((f) => f.id !== entry.file && used.has(f.id));
    if (entry.given !== undefined) {
      const source = this.model.source(this.inputs);
      const positions = new Set(this.removed.source === source ? this.removed.positions : []);
      positions.add(entry.given);
      this.removed = { source, positions };
    }
    this.status = '';
    void this.updateComplete.then(() => {
      this.shareWithProvider();
      // Focus stays in the list: on the next respondent's button, else the file chooser.
      const buttons = [...this.renderRoot.querySelectorAll<HTMLButtonElement>('.respondents button')];
      (buttons[Math.min(position, buttons.length - 1)] ?? this.renderRoot.querySelector<HTMLInputElement>('input[type="file"]'))?.focus();
      this.emitChange();
    });
  };

  /**
   * Inside a provider, the respondents the report now shows become the provider's group (every
   * element inside follows); the files taken in and the removals then live there.
   */
  private shareWithProvider() {
    const collection = this.collection;
    if (!this.sharesProvider || !collection) return;
    const taken = new Set(collection.entries.map((e) => e.file).filter((id) => id !== undefined));
    const changed = taken.size > 0 || this.removed.positions.size > 0;
    if (!changed) return;
    this.files = this.files.filter((f) => !taken.has(f.id));
    this.removed = { source: undefined, positions: new Set() };
    this.context!.setDiagnostics!(collection.diagnostics);
  }

  private emitChange() {
    this.emit('rouages-report-change', { diagnostics: this.collection?.diagnostics ?? [] });
  }

  // —— rendering ——

  private parts(framework: Framework, w: ReportWords): ReportParts {
    return {
      framework,
      w,
      level: Math.min(6, Math.max(1, Math.round(this.headingLevel) || 2)),
      status: this.status,
      choose: this.drop.choose,
      remove: this.removeEntry,
      plan: this.plan ?? this.context?.plan,
    };
  }

  override render() {
    if (!this.shown || !this.view) return this.renderUnresolved(this.resolveFramework());
    const w = reportWords(this.activeLocale);
    const p = this.parts(this.shown, w);
    const view = this.view;
    let body: TemplateResult;
    if (view.mode === 'case') body = renderCase(p, view);
    else if (view.mode === 'comparison') body = renderComparison(p, view);
    else if (view.mode === 'collective') body = renderCollective(p, view);
    else if (view.mode === 'single') body = renderSingle(p, view);
    else body = renderEmpty(p, view);
    return html`<div
      class="root ${this.drop.dragging ? 'dragging' : ''}"
      part="base"
      role="region"
      aria-label=${w.s.reportLabel}
      lang=${w.locale}
      @dragover=${this.drop.dragover}
      @dragleave=${this.drop.dragleave}
      @drop=${this.drop.drop}
    >
      ${body}
    </div>`;
  }
}

declare global {
  interface HTMLElementEventMap {
    'rouages-report-change': CustomEvent<{ diagnostics: Diagnostic[] }>;
  }
}
