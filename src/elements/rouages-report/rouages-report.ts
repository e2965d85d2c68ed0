import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { repeat } from 'lit/directives/repeat.js';
import { styleMap } from 'lit/directives/style-map.js';
import {
  collectiveView,
  describeChange,
  diagnosticDate,
  diagnosticKey,
  notesByRouage,
  parseCase,
  ratingLabel,
  recommend,
  toCSV,
  type ActionMode,
  type CooperationCase,
  type Diagnostic,
  type Framework,
  type ChangeView,
  type Migration,
  type NoteGroup,
  type PhaseScore,
  type Rating,
  type Result,
} from '../../sdk/api.js';
import { RouagesElement } from '../shared/rouages-element.js';
import { withOwnStrings } from '../shared/i18n.js';
import { download } from '../shared/download.js';
import { reportCatalogues } from './strings.js';

const stringsFor = withOwnStrings(reportCatalogues);
import { baseStyles, dimensionColor } from '../shared/styles.js';
import { buttonStyles } from '../shared/button-styles.js';
import { fromJsonText, memoize, readDiagnostic, type Read } from '../shared/inputs.js';
import { fileSlug, readFileDiagnostic, summarizeCase } from './model.js';
import { reportStyles } from './rouages-report.styles.js';

/** A file the person chose or dropped: its content is read again (not re-fetched) when the language or framework changes, so messages follow. */
interface FileEntry {
  id: number;
  name: string;
  /** The file's JSON value, or its text when it is not JSON (the parse then says why). */
  input: unknown;
  tooBig?: boolean;
}

/** One respondent of the report. */
interface Entry {
  key: string;
  diagnostic: Diagnostic;
  /** Set for a file the person added; a diagnostic given by the page otherwise (its position). */
  file?: number;
  given?: number;
}

interface Problem {
  tone: 'error' | 'warning';
  text: string;
}

interface Collection {
  entries: Entry[];
  diagnostics: Diagnostic[];
  problems: Problem[];
}

/** Removed diagnostics of the page's list: positions, valid for one list only. */
interface Removed {
  source: unknown;
  positions: ReadonlySet<number>;
}

type View =
  | { mode: 'case'; read: Read<CooperationCase> }
  | { mode: 'comparison'; before: Diagnostic; after: Diagnostic; problems: Problem[] }
  | { mode: 'empty' | 'single' | 'collective'; collection: Collection; problems: Problem[] };

/** Larger than any diagnostic (the longest possible is about 1 MB): such a file is refused unread. */
const MAX_FILE_SIZE = 5_000_000;

/**
 * The wheel inside the report shows what the report gives it and nothing else: an empty
 * string is "given, but nothing" for the wheel, where `undefined` would let it fall back to
 * a surrounding provider's diagnostic, comparison or group.
 */
const NONE = '';

const given = (value: unknown) => value !== undefined && value !== null && value !== '';

function readCase(input: unknown, locale: string): Read<CooperationCase> {
  const json = fromJsonText(input);
  if (json.error !== undefined) return json;
  const parsed = parseCase(json.value, { locale });
  return parsed.success ? { value: parsed.data } : { error: parsed.error.message };
}

function parseFiles(files: readonly FileEntry[], framework: Framework, locale: string): { entry: FileEntry; result?: Result<Migration> }[] {
  return files.map((entry) => ({ entry, result: entry.tooBig ? undefined : readFileDiagnostic(entry.input, framework, locale) }));
}

/**
 * @summary A report to read, print and share: one diagnostic (scores by dimension and phase, next gears, open answers), a steering committee's collective view (points to discuss first), the change between two diagnostics, or one of the source's seven cases.
 *
 * What it shows follows what it is given (its own properties, else those of a surrounding
 * `<rouages-provider>`): a `case` presents that case; `compare` with `diagnostic` the change
 * from the first to the second; otherwise its respondents, `diagnostics` (or `diagnostic`)
 * and the files the person chooses or drops: two or more are a collective view, one a
 * one-diagnostic report, none an explanation and a file chooser. It prints on A4 portrait
 * one section a page (a page's `@page { size: A4 }` rule sets the paper: shadow DOM cannot).
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
  static override styles = [baseStyles, buttonStyles, reportStyles];

  /** The shared words and this element's own. */
  protected override get strings() {
    return stringsFor(this.activeLocale);
  }

  /** One diagnostic (object or JSON) to report on; with `compare`, the later of the two. The provider's when absent. */
  @property({ attribute: false }) diagnostic?: unknown;

  /** An earlier diagnostic of the same project (object or JSON): the report then shows the change from it to `diagnostic`. */
  @property({ attribute: false }) compare?: unknown;

  /** Several diagnostics of one project (a list, or its JSON), for the collective view. Files the person adds join them. */
  @property({ attribute: false }) diagnostics?: unknown;

  /** One of the source's cases (`framework/cases/*.json`, object or JSON): the report then presents that case. */
  @property({ attribute: false }) case?: unknown;

  /** The level of the report's title (1–6), to fit the page's outline; sections are one level below. */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 2;

  @state() private files: FileEntry[] = [];
  @state() private removed: Removed = { source: undefined, positions: new Set() };
  @state() private status = '';
  @state() private dragging = false;

  private nextFileId = 1;
  /** What the last render showed: what a drop adds to, and what the change event reports. */
  private shown?: View;

  // Memoized readers of this element's own (one per input, so that two inputs never evict each other).
  private readonly readMain = memoize(readDiagnostic);
  private readonly readEarlier = memoize(readDiagnostic);
  private readonly readOwnCase = memoize(readCase);
  private readonly parseFiles = memoize(parseFiles);
  private readonly listOf = memoize((diagnostic: Diagnostic) => [diagnostic]);
  private readonly combine = memoize((givenList: Diagnostic[], source: unknown, removed: Removed, files: ReturnType<typeof parseFiles>) => this.collect(givenList, source, removed, files));
  private readonly collective = memoize(collectiveView);
  private readonly recommendations = memoize((diagnostic: Diagnostic, framework: Framework) => recommend(diagnostic, framework));
  private readonly notes = memoize((diagnostics: Diagnostic[], framework: Framework) => notesByRouage(diagnostics, framework));

  // —— inputs ——

  /** The report's inputs: this element's own when it has any, else the surrounding provider's. */
  private sources(): { case?: unknown; diagnostic?: unknown; compare?: unknown; diagnostics?: unknown } {
    if (given(this.case) || given(this.diagnostic) || given(this.compare) || given(this.diagnostics)) {
      return { case: this.case, diagnostic: this.diagnostic, compare: this.compare, diagnostics: this.diagnostics };
    }
    return { diagnostic: this.context?.diagnostic, compare: this.context?.compare, diagnostics: this.context?.diagnostics };
  }

  private view(framework: Framework): View {
    const s = this.strings;
    const locale = this.activeLocale;
    const src = this.sources();
    if (given(src.case)) return { mode: 'case', read: this.readOwnCase(src.case, locale) };
    const problems: Problem[] = [];
    const main = this.readMain(src.diagnostic, framework, locale);
    const earlier = this.readEarlier(src.compare, framework, locale);
    if (main?.error) problems.push({ tone: 'error', text: s.badDiagnostic(main.error) });
    if (earlier?.error) problems.push({ tone: 'error', text: s.badDiagnostic(earlier.error) });
    if (main?.value && earlier?.value && !this.files.length) return { mode: 'comparison', before: earlier.value, after: main.value, problems };

    let givenList: Diagnostic[] = [];
    let source: unknown;
    if (given(src.diagnostics)) {
      const read = this.read.diagnostics(src.diagnostics, framework, locale);
      for (const error of read?.errors ?? []) problems.push({ tone: 'error', text: s.badDiagnostic(error) });
      givenList = read?.value ?? [];
      source = src.diagnostics;
    } else if (main?.value) {
      givenList = this.listOf(main.value);
      source = src.diagnostic;
    }
    const collection = this.combine(givenList, source, this.removed, this.parseFiles(this.files, framework, locale));
    const count = collection.entries.length;
    return { mode: count >= 2 ? 'collective' : count === 1 ? 'single' : 'empty', collection, problems: [...problems, ...collection.problems] };
  }

  /** The respondents: the page's diagnostics (less those removed), then the files' (less bad ones and duplicates). */
  private collect(givenList: Diagnostic[], source: unknown, removed: Removed, files: ReturnType<typeof parseFiles>): Collection {
    const s = this.strings;
    const entries: Entry[] = [];
    const problems: Problem[] = [];
    const keys = new Set<string>();
    const gone = removed.source === source ? removed.positions : new Set<number>();
    givenList.forEach((diagnostic, position) => {
      if (gone.has(position)) return;
      keys.add(diagnosticKey(diagnostic));
      entries.push({ key: `given-${position}`, diagnostic, given: position });
    });
    for (const { entry, result } of files) {
      if (!result) {
        problems.push({ tone: 'error', text: s.reportBadFile(entry.name, s.reportFileTooBig) });
        continue;
      }
      if (!result.success) {
        problems.push({ tone: 'error', text: s.reportBadFile(entry.name, result.error.message) });
        continue;
      }
      const { diagnostic, leftovers } = result.data;
      const key = diagnosticKey(diagnostic);
      if (keys.has(key)) {
        problems.push({ tone: 'warning', text: s.reportDuplicate(entry.name) });
        continue;
      }
      keys.add(key);
      if (leftovers) problems.push({ tone: 'warning', text: s.reportLeftovers(entry.name, Object.keys(leftovers.answers).length + Object.keys(leftovers.notes).length) });
      entries.push({ key: `file-${entry.id}`, diagnostic, file: entry.id });
    }
    return { entries, diagnostics: entries.map((e) => e.diagnostic), problems };
  }

  // —— files ——

  private async addFiles(list: FileList | readonly File[] | null | undefined) {
    const files = [...(list ?? [])];
    if (!files.length) return;
    const read = await Promise.all(
      files.map(async (file): Promise<FileEntry[]> => {
        if (file.size > MAX_FILE_SIZE) return [{ id: this.nextFileId++, name: file.name, input: undefined, tooBig: true }];
        const text = await file.text();
        let value: unknown = text;
        try {
          value = JSON.parse(text);
        } catch {
          // Left as text: the parse names the JSON error in the person's language.
        }
        // A file may hold a list of diagnostics: each is one respondent.
        if (Array.isArray(value) && value.length) return value.map((item, i) => ({ id: this.nextFileId++, name: `${file.name} (${i + 1})`, input: item }));
        return [{ id: this.nextFileId++, name: file.name, input: value }];
      }),
    );
    const before = this.shown && 'collection' in this.shown ? this.shown.collection.entries.length : 0;
    // Messages about earlier files give way to those of the new ones.
    const kept = new Set(this.shown && 'collection' in this.shown ? this.shown.collection.entries.map((e) => e.file) : []);
    this.files = [...this.files.filter((f) => kept.has(f.id)), ...read.flat()];
    await this.updateComplete;
    const after = this.shown && 'collection' in this.shown ? this.shown.collection.entries.length : 0;
    this.status = after > before ? this.strings.reportAdded(after - before) : '';
    this.emitChange();
  }

  private removeEntry(entry: Entry, position: number) {
    // Files left out (bad ones, duplicates) go with their messages: the person has moved on.
    const used = new Set(this.shown && 'collection' in this.shown ? this.shown.collection.entries.map((e) => e.file) : []);
    this.files = this.files.filter((f) => f.id !== entry.file && used.has(f.id));
    if (entry.given !== undefined) {
      const source = this.currentSource();
      const positions = new Set(this.removed.source === source ? this.removed.positions : []);
      positions.add(entry.given);
      this.removed = { source, positions };
    }
    this.status = '';
    void this.updateComplete.then(() => {
      // Focus stays in the list: on the next respondent's button, else the file chooser.
      const buttons = [...this.renderRoot.querySelectorAll<HTMLButtonElement>('.respondents button')];
      (buttons[Math.min(position, buttons.length - 1)] ?? this.renderRoot.querySelector<HTMLInputElement>('input[type="file"]'))?.focus();
      this.emitChange();
    });
  }

  private currentSource(): unknown {
    const src = this.sources();
    return given(src.diagnostics) ? src.diagnostics : src.diagnostic;
  }

  private emitChange() {
    const diagnostics = this.shown && 'collection' in this.shown ? this.shown.collection.diagnostics : [];
    this.emit('rouages-report-change', { diagnostics });
  }

  private get acceptsFiles(): boolean {
    return !this.shown || 'collection' in this.shown;
  }

  private onDragOver = (event: DragEvent) => {
    if (!this.acceptsFiles || !event.dataTransfer?.types.includes('Files')) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = 'copy';
    this.dragging = true;
  };

  private onDragLeave = (event: DragEvent) => {
    if (!(event.currentTarget as Element).contains(event.relatedTarget as Node | null)) this.dragging = false;
  };

  private onDrop = (event: DragEvent) => {
    this.dragging = false;
    if (!this.acceptsFiles || !event.dataTransfer?.files.length) return;
    event.preventDefault();
    void this.addFiles(event.dataTransfer.files);
  };

  private onChoose = (event: Event) => {
    const input = event.target as HTMLInputElement;
    const files = [...(input.files ?? [])];
    input.value = '';
    void this.addFiles(files);
  };

  // —— words ——

  private date(day: string): string {
    const time = Date.parse(`${day}T00:00:00Z`);
    if (Number.isNaN(time)) return day;
    return new Intl.DateTimeFormat(this.activeLocale, { dateStyle: 'long', timeZone: 'UTC' }).format(time);
  }

  /** A percentage that never breaks between the number and its sign ("58 %" in French). */
  private pct(value: number): string {
    return this.strings.percent(value);
  }

  private score(value: number | null): string {
    return value === null ? this.strings.unrated : this.pct(value);
  }

  /** A table cell with a score: a percentage on one line, "non évalué" free to wrap. */
  private scoreCell(value: number | null): TemplateResult {
    return html`<td class=${value === null ? 'unrated' : 'number'}>${this.score(value)}</td>`;
  }

  private changeWords(change: ChangeView): string {
    const s = this.strings;
    switch (change.kind) {
      case 'up':
        return s.reportUp(change.points);
      case 'down':
        return s.reportDown(change.points);
      case 'stable':
        return s.reportStable;
      case 'new':
        return s.reportNew;
      case 'dropped':
        return s.reportDropped;
      default:
        return s.unrated;
    }
  }

  private rating(rating: Rating, framework: Framework): string {
    return rating === null ? framework.scale.unrated : `${rating} — ${ratingLabel(rating, framework)}`;
  }

  /** A respondent's name when they gave one, else their place in the list ("Répondant 3"). */
  private who(diagnostic: Diagnostic | undefined, position: number): string {
    return diagnostic?.respondent?.name?.trim() || this.strings.reportRespondent(position + 1);
  }

  private mode(mode: ActionMode, support: string | undefined): string {
    const s = this.strings;
    if (mode === 'montee-en-competences') return s.reportModeSkills;
    if (mode === 'realisation-interne') return s.reportModeInternal;
    return support ?? s.reportModePartner;
  }

  // —— rendering ——

  private get level(): number {
    return Math.min(6, Math.max(1, Math.round(this.headingLevel) || 2));
  }

  private heading(depth: number, text: string, id?: string): TemplateResult {
    const level = Math.min(6, this.level + depth);
    const part = depth === 0 ? 'title' : depth === 1 ? 'section-title' : 'subsection-title';
    return html`<div class="heading depth-${Math.min(depth, 2)}" part=${part} role="heading" aria-level=${level} id=${ifDefined(id)}>${text}</div>`;
  }

  /** A section: one page on paper (`extra` classes: `no-print` keeps it off paper). */
  private section(id: string, title: string, content: unknown, extra = ''): TemplateResult {
    return html`<section class="section ${extra}" part="section" aria-labelledby=${id}>${this.heading(1, title, id)} ${content}</section>`;
  }

  override render() {
    const resolved = this.resolveFramework();
    if (!resolved.framework) {
      return this.renderUnresolved(resolved);
    }
    const framework = resolved.framework;
    const view = this.view(framework);
    this.shown = view;
    let body: TemplateResult;
    switch (view.mode) {
      case 'case':
        body = this.renderCase(framework, view.read);
        break;
      case 'comparison':
        body = this.renderComparison(framework, view.before, view.after, view.problems);
        break;
      case 'collective':
        body = this.renderCollective(framework, view.collection, view.problems);
        break;
      case 'single':
        body = this.renderSingle(framework, view.collection, view.problems);
        break;
      default:
        body = this.renderEmpty(view.problems);
    }
    return html`<div
      class="root ${this.dragging ? 'dragging' : ''}"
      part="base"
      role="region"
      aria-label=${this.strings.reportLabel}
      lang=${this.activeLocale}
      @dragover=${this.onDragOver}
      @dragleave=${this.onDragLeave}
      @drop=${this.onDrop}
    >
      ${body}
    </div>`;
  }

  /** Errors interrupt; warnings and what was added wait their turn. Both regions are always there, so that they are announced. */
  private renderNotices(problems: Problem[]): TemplateResult {
    const errors = problems.filter((p) => p.tone === 'error');
    const warnings = problems.filter((p) => p.tone === 'warning');
    return html`<div class="notices" part="notices">
      <div role="alert">${errors.map((p) => html`<p class="notice error">${p.text}</p>`)}</div>
      <div role="status">
        ${warnings.map((p) => html`<p class="notice warning">${p.text}</p>`)} ${this.status ? html`<p class="notice info no-print">${this.status}</p>` : nothing}
      </div>
    </div>`;
  }

  private renderDropzone(label: string): TemplateResult {
    return html`<div class="dropzone no-print" part="dropzone">
      <label for="files">${label}</label>
      <input id="files" type="file" multiple accept="application/json,.json" @change=${this.onChoose} />
      <p class="hint">${this.strings.reportDropHint}</p>
    </div>`;
  }

  private renderWheel(framework: Framework, inputs: { diagnostic?: unknown; compare?: unknown; aggregate?: unknown; highlight?: string }): TemplateResult {
    return html`<rouages-wheel
      part="wheel"
      .framework=${framework}
      locale=${this.activeLocale}
      .diagnostic=${inputs.diagnostic ?? NONE}
      .compare=${inputs.compare ?? NONE}
      .aggregate=${inputs.aggregate ?? NONE}
      highlight=${ifDefined(inputs.highlight)}
    ></rouages-wheel>`;
  }

  private renderExports(framework: Framework, diagnostics: Diagnostic[], json: () => unknown, name: string): TemplateResult {
    const s = this.strings;
    return this.section(
      'export-title',
      s.reportExportTitle,
      html`<div class="buttons">
        <button type="button" part="button" @click=${() => download(`${name}.csv`, toCSV(diagnostics, framework), 'text/csv;charset=utf-8')}>${s.exportCsv}</button>
        <button type="button" part="button" @click=${() => download(`${name}.json`, JSON.stringify(json(), null, 2), 'application/json')}>${s.reportExportJson}</button>
        <button type="button" part="button" @click=${() => globalThis.print?.()}>${s.print}</button>
      </div>`,
      'no-print',
    );
  }

  private renderEmpty(problems: Problem[]): TemplateResult {
    const s = this.strings;
    return html`${this.heading(0, s.reportEmptyTitle)} ${this.renderNotices(problems)}
      <p>${s.reportEmptyIntro}</p>
      ${this.renderDropzone(s.reportChooseFiles)}`;
  }

  private respondentLine(diagnostic: Diagnostic, withName: boolean, position: number): string {
    const r = diagnostic.respondent;
    const details = [r?.role, r?.organisation].map((x) => x?.trim()).filter(Boolean).join(', ');
    return [withName ? this.who(diagnostic, position) : '', details, this.date(diagnosticDate(diagnostic))].filter(Boolean).join(' · ');
  }

  /** The list of respondents, to remove some and add others; printed only for a group (one respondent is already named at the top). */
  private renderRespondents(collection: Collection): TemplateResult {
    const s = this.strings;
    return this.section(
      'respondents-title',
      s.reportRespondentsTitle,
      html`<ol class="respondents" part="respondents">
          ${repeat(collection.entries, (entry) => entry.key, (entry, position) => {
            const r = entry.diagnostic.respondent;
            const name = this.who(entry.diagnostic, position);
            const details = [r?.role, r?.organisation].map((x) => x?.trim()).filter(Boolean).join(', ');
            return html`<li>
              <span class="who">${name}</span>
              <span class="details">${[details, this.date(diagnosticDate(entry.diagnostic))].filter(Boolean).join(' · ')}</span>
              <button type="button" part="button" class="remove" aria-label=${s.reportRemoveLabel(name)} @click=${() => this.removeEntry(entry, position)}>${s.reportRemove}</button>
            </li>`;
          })}
        </ol>
        ${this.renderDropzone(s.reportAddFiles)}`,
      collection.entries.length > 1 ? 'respondents-section' : 'respondents-section no-print',
    );
  }

  private renderScoreTables(framework: Framework, dimensions: { id: string; score: number | null; next: string | null }[], phases: PhaseScore[], meanLabel: string): TemplateResult {
    const s = this.strings;
    const titleOf = (id: string | null) => (id ? (framework.rouages.find((r) => r.id === id)?.title ?? id) : s.noNext);
    return html`<table class="table" part="table">
        <caption>${s.scoresTitle}</caption>
        <thead>
          <tr>
            <th scope="col">${s.dimension}</th>
            <th scope="col">${meanLabel}</th>
            <th scope="col">${s.nextGear}</th>
          </tr>
        </thead>
        <tbody>
          ${dimensions.map((d, i) => {
            const dimension = framework.dimensions.find((x) => x.id === d.id);
            return html`<tr style=${styleMap({ '--c': dimensionColor(d.id, i) })}>
              <th scope="row" class="dimension-cell">${dimension?.title ?? d.id}</th>
              ${this.scoreCell(d.score)}
              <td>${titleOf(d.next)}</td>
            </tr>`;
          })}
        </tbody>
      </table>
      <table class="table" part="table">
        <caption>${s.reportPhaseScores}</caption>
        <thead>
          <tr><th scope="col">${s.phase}</th><th scope="col">${meanLabel}</th><th scope="col">${s.reportScoredRouages}</th></tr>
        </thead>
        <tbody>
          ${phases.map(
            (p) => html`<tr>
              <th scope="row">${framework.phases.find((x) => x.id === p.id)?.title ?? p.id}</th>
              ${this.scoreCell(p.score)}
              <td class="number">${s.dimensionProgress(p.scored, p.total)}</td>
            </tr>`,
          )}
        </tbody>
      </table>
      <p class="hint">${s.reportPhaseHelp}</p>`;
  }

  private renderNotes(framework: Framework, groups: NoteGroup[], diagnostics: Diagnostic[], withNames: boolean): TemplateResult {
    const s = this.strings;
    return this.section(
      'notes-title',
      s.reportNotesTitle,
      groups.length
        ? groups.map((group) => {
            const i = framework.dimensions.findIndex((d) => d.id === group.rouage.dimension);
            const dimension = framework.dimensions[i];
            return html`<div class="note-group" style=${styleMap({ '--c': dimensionColor(group.rouage.dimension, i) })}>
              ${this.heading(2, group.rouage.title)}
              <p class="eyebrow">${dimension?.title ?? ''}</p>
              <dl class="notes">
                ${group.questions.map(
                  (q) => html`<dt>${q.text}</dt>
                    ${q.answers.map((a) => html`<dd>${withNames ? html`<span class="who">${s.reportLabelled(this.who(diagnostics[a.respondent], a.respondent))}</span> ` : nothing}<span class="note-text">${a.text}</span></dd>`)}`,
                )}
              </dl>
            </div>`;
          })
        : html`<p>${s.reportNoNotes}</p>`,
      groups.length ? '' : 'no-print',
    );
  }

  // —— one diagnostic ——

  private renderSingle(framework: Framework, collection: Collection, problems: Problem[]): TemplateResult {
    const s = this.strings;
    const diagnostic = collection.diagnostics[0]!;
    const score = this.read.score(diagnostic, framework);
    const recommendations = this.recommendations(diagnostic, framework);
    return html`${this.heading(0, s.reportSingleTitle(diagnostic.project))} ${this.renderNotices(problems)}
      <p class="lead">${this.respondentLine(diagnostic, Boolean(diagnostic.respondent?.name?.trim()), 0)}</p>
      ${this.section(
        'overview-title',
        s.reportOverview,
        html`<p>${s.resultsIntro(score.answered, score.total)} ${s.reportLabelled(s.overall)} <strong>${this.score(score.overall)}</strong>.</p>
          ${this.renderWheel(framework, { diagnostic })}`,
      )}
      ${this.section(
        'scores-title',
        s.reportScoresTitle,
        this.renderScoreTables(
          framework,
          score.dimensions,
          score.phases,
          s.score,
        ),
      )}
      ${this.section(
        'next-title',
        s.recommendationsTitle,
        recommendations.length
          ? html`<p>${s.recommendationsIntro}</p>
              <ol class="recommendations">
                ${recommendations.map((r) => {
                  const i = framework.dimensions.findIndex((d) => d.id === r.dimension);
                  const rouage = framework.rouages.find((x) => x.id === r.rouage);
                  const phase = framework.phases.find((p) => p.id === r.phase);
                  return html`<li style=${styleMap({ '--c': dimensionColor(r.dimension, i) })}>
                    ${this.heading(2, r.title)}
                    <p class="eyebrow">${[framework.dimensions[i]?.title, phase ? `${s.phase} ${phase.title.toLowerCase()}` : '', this.score(r.score)].filter(Boolean).join(' · ')}</p>
                    <p>${r.mission}</p>
                    <p class="list-title">${rouage?.toolsKind === 'productions' ? s.productions : s.toolsToUse}</p>
                    <ul>
                      ${r.tools.map((t) => html`<li>${t.text}</li>`)}
                    </ul>
                    <p class="list-title">${s.expectedOutcomes}</p>
                    <ul>
                      ${r.outcomes.map((o) => html`<li>${o.text}</li>`)}
                    </ul>
                  </li>`;
                })}
              </ol>`
          : html`<p>${s.noRecommendation}</p>`,
      )}
      ${this.renderNotes(framework, this.notes(collection.diagnostics, framework), collection.diagnostics, false)} ${this.renderRespondents(collection)}
      ${this.renderExports(framework, collection.diagnostics, () => this.read.aggregate(collection.diagnostics, framework), `${fileSlug(diagnostic.project)}-${diagnosticDate(diagnostic)}`)}`;
  }

  // —— several respondents ——

  private renderCollective(framework: Framework, collection: Collection, problems: Problem[]): TemplateResult {
    const s = this.strings;
    const { diagnostics } = collection;
    const aggregate = this.read.aggregate(diagnostics, framework);
    const report = this.collective(aggregate, diagnostics, framework);
    const all = [...problems];
    if (aggregate.projects.length > 1) all.unshift({ tone: 'error', text: s.reportDifferentProjects(aggregate.projects.map((p) => (this.activeLocale.startsWith('en') ? `"${p}"` : `« ${p} »`)).join(', ')) });
    const dates = [...new Set(diagnostics.map(diagnosticDate))].sort();
    const period = dates.length > 1 ? s.reportComparisonDates(this.date(dates[0]!), this.date(dates.at(-1)!)) : this.date(dates[0]!);
    const rouageTitle = (id: string) => framework.rouages.find((r) => r.id === id)?.title ?? id;
    const dimensionTitle = (id: string) => framework.dimensions.find((d) => d.id === id)?.title ?? id;
    return html`${this.heading(0, s.reportCollectiveTitle(aggregate.projects[0] ?? ''))} ${this.renderNotices(all)}
      <p class="lead">${s.respondents(diagnostics.length)} · ${period}</p>
      ${this.section(
        'discuss-title',
        s.reportDiscussTitle,
        report.divergent.length
          ? html`<p>${s.reportDiscussIntro(report.divergent.length)}</p>
              <ol class="discuss" part="discuss">
                ${report.divergent.map(({ item, groups }) => {
                  const i = framework.dimensions.findIndex((d) => d.id === item.dimension);
                  return html`<li style=${styleMap({ '--c': dimensionColor(item.dimension, i) })}>
                    <p class="item-text">${item.text}</p>
                    <p class="eyebrow">${rouageTitle(item.rouage)} · ${dimensionTitle(item.dimension)} · ${s.reportGap(item.gap)}</p>
                    <ul class="answers">
                      ${groups.map(
                        (g) => html`<li>
                          <span class="rating rating-${g.rating ?? 'unknown'}">${s.reportLabelled(this.rating(g.rating, framework))}</span>
                          ${g.respondents.map((r) => this.who(diagnostics[r], r)).join(', ')}
                        </li>`,
                      )}
                    </ul>
                  </li>`;
                })}
              </ol>`
          : html`<p>${s.reportNoDivergence}</p>`,
      )}
      ${this.section(
        'overview-title',
        s.reportOverview,
        html`<p>${s.reportLabelled(s.overall)} <strong>${this.score(aggregate.overall)}</strong> (${s.reportMean.toLowerCase()}).</p>
          ${this.renderWheel(framework, { aggregate: diagnostics })}`,
      )}
      ${this.section(
        'scores-title',
        s.reportScoresTitle,
        html`${this.renderScoreTables(
            framework,
            aggregate.dimensions.map((d) => ({ id: d.id, score: d.mean, next: d.next })),
            aggregate.phases,
            s.reportMean,
          )}
          <table class="table" part="table">
            <caption>${s.reportRouageMeans}</caption>
            <thead>
              <tr><th scope="col">${s.rouage}</th><th scope="col">${s.reportMean}</th><th scope="col">${s.reportRange}</th></tr>
            </thead>
            ${framework.dimensions.map(
              (dimension, i) => html`<tbody style=${styleMap({ '--c': dimensionColor(dimension.id, i) })}>
                <tr class="group"><th scope="colgroup" colspan="3">${dimension.title}</th></tr>
                ${aggregate.rouages
                  .filter((r) => r.dimension === dimension.id)
                  .map(
                    (r) => html`<tr>
                      <th scope="row">${rouageTitle(r.id)}</th>
                      ${this.scoreCell(r.mean)}
                      <td>${r.min === null || r.max === null ? '—' : s.reportRangeValue(this.pct(r.min), this.pct(r.max))}${r.divergent ? html`<span class="flag">${s.divergent}</span>` : nothing}</td>
                    </tr>`,
                  )}
              </tbody>`,
            )}
          </table>`,
      )}
      ${this.renderRespondents(collection)} ${this.renderNotes(framework, report.notes, diagnostics, true)}
      ${this.renderExports(framework, diagnostics, () => aggregate, `${fileSlug(aggregate.projects[0] ?? 'rapport')}-collectif`)}`;
  }

  // —— two dates ——

  private renderComparison(framework: Framework, before: Diagnostic, after: Diagnostic, problems: Problem[]): TemplateResult {
    const s = this.strings;
    const comparison = this.read.compare(before, after, framework);
    const all = [...problems];
    if (comparison.dates.before > comparison.dates.after) all.push({ tone: 'warning', text: s.reportDatesReversed(this.date(comparison.dates.before), this.date(comparison.dates.after)) });
    if (before.project !== after.project) all.push({ tone: 'warning', text: s.reportOtherProject(before.project, after.project) });
    const rouageTitle = (id: string) => framework.rouages.find((r) => r.id === id)?.title ?? id;
    const rouages = comparison.rouages.map((r) => ({ ...r, change: describeChange(r.before, r.after) }));
    const up = rouages.filter((r) => r.change.kind === 'up').sort((a, b) => b.change.points - a.change.points);
    const down = rouages.filter((r) => r.change.kind === 'down').sort((a, b) => b.change.points - a.change.points);
    const overall = describeChange(comparison.overall.before, comparison.overall.after);
    const changeCell = (change: ChangeView) => html`<td class="change change-${change.kind}">${this.changeWords(change)}</td>`;
    const moves = (list: typeof up, none: string) =>
      list.length
        ? html`<ul class="moves">
            ${list.map((r) => html`<li><strong>${s.reportLabelled(rouageTitle(r.id))}</strong> ${this.changeWords(r.change)} <span class="nowrap">(${this.score(r.before)} → ${this.score(r.after)})</span></li>`)}
          </ul>`
        : html`<p>${none}</p>`;
    return html`${this.heading(0, s.reportComparisonTitle(after.project))} ${this.renderNotices(all)}
      <p class="lead">${s.reportComparisonDates(this.date(comparison.dates.before), this.date(comparison.dates.after))}</p>
      ${this.section(
        'overview-title',
        s.reportOverview,
        html`<p>${s.reportOverallChange(this.score(overall.before), this.score(overall.after), this.changeWords(overall))}</p>
          <div class="moves-grid">
            <div>${this.heading(2, s.reportUpTitle)} ${moves(up, s.reportNoneUp)}</div>
            <div>${this.heading(2, s.reportDownTitle)} ${moves(down, s.reportNoneDown)}</div>
          </div>
          ${this.renderWheel(framework, { diagnostic: after, compare: before })}`,
      )}
      ${this.section(
        'changes-title',
        s.reportChangesTitle,
        html`<table class="table" part="table">
            <caption>${s.reportByDimension}</caption>
            <thead>
              <tr><th scope="col">${s.dimension}</th><th scope="col">${s.reportBefore}</th><th scope="col">${s.reportAfter}</th><th scope="col">${s.reportChange}</th></tr>
            </thead>
            <tbody>
              ${comparison.dimensions.map((d, i) => {
                const change = describeChange(d.before, d.after);
                return html`<tr style=${styleMap({ '--c': dimensionColor(d.id, i) })}>
                  <th scope="row" class="dimension-cell">${framework.dimensions.find((x) => x.id === d.id)?.title ?? d.id}</th>
                  ${this.scoreCell(d.before)} ${this.scoreCell(d.after)}
                  ${changeCell(change)}
                </tr>`;
              })}
            </tbody>
          </table>
          <table class="table" part="table">
            <caption>${s.reportByRouage}</caption>
            <thead>
              <tr><th scope="col">${s.rouage}</th><th scope="col">${s.reportBefore}</th><th scope="col">${s.reportAfter}</th><th scope="col">${s.reportChange}</th></tr>
            </thead>
            ${framework.dimensions.map(
              (dimension, i) => html`<tbody style=${styleMap({ '--c': dimensionColor(dimension.id, i) })}>
                <tr class="group"><th scope="colgroup" colspan="4">${dimension.title}</th></tr>
                ${rouages
                  .filter((r) => r.dimension === dimension.id)
                  .map(
                    (r) => html`<tr>
                      <th scope="row">${rouageTitle(r.id)}</th>
                      ${this.scoreCell(r.before)} ${this.scoreCell(r.after)}
                      ${changeCell(r.change)}
                    </tr>`,
                  )}
              </tbody>`,
            )}
          </table>`,
      )}
      ${this.renderExports(framework, [before, after], () => comparison, `${fileSlug(after.project)}-evolution`)}`;
  }

  // —— a case of the source ——

  private renderCase(framework: Framework, read: Read<CooperationCase>): TemplateResult {
    const s = this.strings;
    if (read.error !== undefined) {
      return html`${this.heading(0, s.reportEmptyTitle)}
        <div class="notices" part="notices"><p class="notice error" role="alert">${s.reportBadCase(read.error)}</p></div>`;
    }
    const item = read.value;
    const summary = summarizeCase(item, framework);
    const accompaniment = item.kind === 'accompaniment';
    const count = accompaniment ? s.reportActionCount : s.reportFindingCount;
    const busiest = summary.dimensions.find((d) => d.id === summary.busiest);
    const modeCounts = (modes: Record<ActionMode, number>) =>
      (Object.entries(modes) as [ActionMode, number][])
        .filter(([, n]) => n > 0)
        .map(([mode, n]) => `${s.reportLabelled(this.mode(mode, undefined))} ${n}`)
        .join(', ');
    return html`${this.heading(0, item.title)}
      <dl class="facts">
        <div><dt>${s.reportKind}</dt><dd>${accompaniment ? s.reportAccompaniment : s.reportDiagnosisKind}</dd></div>
        <div><dt>${s.reportPeriod}</dt><dd>${item.period}</dd></div>
        <div><dt>${s.reportProject}</dt><dd>${item.project}</dd></div>
      </dl>
      <p>${item.summary}</p>
      ${item.note ? html`<p class="notice info"><strong>${s.reportLabelled(s.reportNote)}</strong> ${item.note}</p>` : nothing}
      ${this.section(
        'overview-title',
        s.reportByDimensionCount,
        html`<ul class="case-counts">
            ${summary.dimensions.map((d) => {
              const modes = modeCounts(d.modes);
              return html`<li style=${styleMap({ '--c': dimensionColor(d.id, d.index) })} class=${d.id === summary.busiest ? 'busiest' : ''}>
                <span class="swatch" aria-hidden="true"></span>
                <span><strong>${s.reportLabelled(d.title)}</strong> ${count(d.actions.length)}${modes ? ` (${modes})` : ''}</span>
              </li>`;
            })}
          </ul>
          ${busiest ? html`<p class="hint">${s.reportCaseHighlight(busiest.title)}</p>` : nothing} ${this.renderWheel(framework, { highlight: summary.busiest })}`,
      )}
      ${this.section(
        'actions-title',
        accompaniment ? s.reportActionsTitle : s.reportFindingsTitle,
        summary.dimensions
          .filter((d) => d.actions.length)
          .map(
            (d) => html`<div class="case-dimension" style=${styleMap({ '--c': dimensionColor(d.id, d.index) })}>
              ${this.heading(2, `${d.title} — ${count(d.actions.length)}`)}
              <ul class="actions">
                ${d.actions.map(
                  (action) => html`<li>
                    <p>${action.text}</p>
                    ${action.modes.length ? html`<p class="mode"><span class="label">${s.reportLabelled(s.reportMode)}</span> ${action.modes.map((m) => this.mode(m, action.support)).join(', ')}</p>` : nothing}
                    ${action.remark ? html`<p class="remark"><span class="label">${s.reportLabelled(s.reportRemark)}</span> ${action.remark}</p>` : nothing}
                  </li>`,
                )}
              </ul>
            </div>`,
          ),
      )}
      ${item.pictures.length
        ? this.section(
            'pictures-title',
            s.reportPictures,
            html`<ul class="pictures">
              ${item.pictures.map((p) => html`<li><span class="eyebrow">${framework.dimensions.find((d) => d.id === p.dimension)?.title ?? p.dimension}</span> ${p.caption}</li>`)}
            </ul>`,
          )
        : nothing}
      <div class="buttons no-print"><button type="button" part="button" @click=${() => globalThis.print?.()}>${s.print}</button></div>`;
  }
}

declare global {
  interface HTMLElementEventMap {
    'rouages-report-change': CustomEvent<{ diagnostics: Diagnostic[] }>;
  }
}
