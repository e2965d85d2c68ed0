import {
  aggregateDiagnostics,
  classifyDiagnostics,
  collectiveView,
  compareDiagnostics,
  describeChange,
  diagnosticKey,
  notesByRouage,
  parseCase,
  readDiagnosticFile,
  recommend,
  scoreDiagnostic,
  summarizeCase,
  type Aggregate,
  type CaseSummary,
  type ChangeView,
  type CollectiveReport,
  type Comparison,
  type CooperationCase,
  type Diagnostic,
  type DiagnosticScore,
  type Framework,
  type Migration,
  type NoteGroup,
  type Recommendation,
  type Result,
} from '../../sdk/api.js';
import type { RouagesState } from '../shared/context.js';
import { diagnosticFrom, diagnosticsFrom, fromJsonText, memoizeEach, readDiagnostic, readDiagnostics, type Read } from '../shared/inputs.js';
import type { Notice } from '../shared/notices.js';
import type { FileEntry } from './file-drop.js';
import type { ReportWords } from './words.js';

/**
 * What `<rouages-report>` shows, computed from its inputs (its own, else its provider's) and
 * the files the person added, with no DOM: the element computes it in `willUpdate` and its
 * views only render it.
 */

/** One respondent of the report. */
export interface Entry {
  /**
   * The respondent's key in the list (from `diagnosticKey`, not a position): the same row when
   * the list is handed to the provider or a respondent before it is removed, so a focused
   * button still names the respondent it removes.
   */
  key: string;
  diagnostic: Diagnostic;
  /** Set for a file the person added; a diagnostic given by the page (or the provider) otherwise: its position. */
  file?: number;
  given?: number;
}

export interface Collection {
  entries: Entry[];
  diagnostics: Diagnostic[];
  notices: Notice[];
}

/** Diagnostics of the given list the person removed: positions, valid for that list only. */
export interface Removed {
  source: unknown;
  positions: ReadonlySet<number>;
}

export interface ComparisonRow {
  id: string;
  dimension: string;
  before: number | null;
  after: number | null;
  change: ChangeView;
}

export type ReportView =
  | { mode: 'case'; read: Read<CooperationCase>; summary?: CaseSummary }
  | {
      mode: 'comparison';
      before: Diagnostic;
      after: Diagnostic;
      comparison: Comparison;
      overall: ChangeView;
      dimensions: ComparisonRow[];
      rouages: ComparisonRow[];
      up: ComparisonRow[];
      down: ComparisonRow[];
      notices: Notice[];
      /** Set when the respondents given or added are one diagnostic taken at several days (`classifyDiagnostics`): they stay listed, to remove or add to. */
      collection?: Collection;
    }
  | { mode: 'empty'; collection: Collection; notices: Notice[] }
  | { mode: 'single'; collection: Collection; notices: Notice[]; diagnostic: Diagnostic; score: DiagnosticScore; recommendations: Recommendation[]; notes: NoteGroup[] }
  | { mode: 'collective'; collection: Collection; notices: Notice[]; aggregate: Aggregate; report: CollectiveReport };

/** The report's inputs: the element's own properties, or (when it has none) its provider's state. */
export interface ReportInputs {
  own?: { case?: unknown; diagnostic?: unknown; compare?: unknown; diagnostics?: unknown };
  state?: RouagesState;
}

const given = (value: unknown) => value !== undefined && value !== null && value !== '';

/** Whether the element was given anything itself; otherwise it shows its provider's inputs. */
export const hasOwnInputs = (own: ReportInputs['own']) => Boolean(own && (given(own.case) || given(own.diagnostic) || given(own.compare) || given(own.diagnostics)));

function readCase(input: unknown, locale: string): Read<CooperationCase> {
  const json = fromJsonText(input);
  if (json.error !== undefined) return json;
  const parsed = parseCase(json.value, { locale });
  return parsed.success ? { value: parsed.data } : { error: parsed.error.message };
}

function parseFiles(files: readonly FileEntry[], framework: Framework, locale: string): { entry: FileEntry; result?: Result<Migration> }[] {
  return files.map((entry) => ({ entry, result: entry.tooBig ? undefined : readDiagnosticFile(entry.input, framework, { locale }) }));
}

/** The respondents: the given diagnostics (less those removed), then the files' (less bad ones and duplicates, each with a notice). */
function collect(words: ReportWords, givenList: readonly Diagnostic[], source: unknown, removed: Removed, files: ReturnType<typeof parseFiles>): Collection {
  const s = words.s;
  const entries: Entry[] = [];
  const notices: Notice[] = [];
  const keys = new Set<string>();
  const gone = removed.source === source ? removed.positions : new Set<number>();
  givenList.forEach((diagnostic, position) => {
    if (gone.has(position)) return;
    const key = diagnosticKey(diagnostic);
    // A page may give the same diagnostic twice: both are shown, under keys that differ.
    entries.push({ key: keys.has(key) ? `${key}#${position}` : key, diagnostic, given: position });
    keys.add(key);
  });
  for (const { entry, result } of files) {
    if (!result) {
      notices.push({ tone: 'error', text: s.reportBadFile(entry.name, s.reportFileTooBig) });
      continue;
    }
    if (!result.success) {
      notices.push({ tone: 'error', text: s.reportBadFile(entry.name, result.error.message) });
      continue;
    }
    const { diagnostic, leftovers } = result.data;
    const key = diagnosticKey(diagnostic);
    if (keys.has(key)) {
      notices.push({ tone: 'warning', text: s.reportDuplicate(entry.name) });
      continue;
    }
    keys.add(key);
    if (leftovers) notices.push({ tone: 'warning', text: s.reportLeftovers(entry.name, Object.keys(leftovers.answers).length + Object.keys(leftovers.notes).length) });
    entries.push({ key, diagnostic, file: entry.id });
  }
  return { entries, diagnostics: entries.map((e) => e.diagnostic), notices };
}

/** The comparison's rows with the change each shows, and what moved most, largest first. */
function comparisonRows(comparison: Comparison) {
  const rouages = comparison.rouages.map((r): ComparisonRow => ({ ...r, change: describeChange(r.before, r.after) }));
  const largest = (kind: 'up' | 'down') => rouages.filter((r) => r.change.kind === kind).sort((a, b) => b.change.points - a.change.points);
  const dimensions = comparison.dimensions.map((d): ComparisonRow => ({ ...d, dimension: d.id, change: describeChange(d.before, d.after) }));
  return { rouages, dimensions, up: largest('up'), down: largest('down'), overall: describeChange(comparison.overall.before, comparison.overall.after) };
}

/**
 * The report's view model, with one memo per computation (arguments compared by identity):
 * re-rendering with the same inputs computes nothing again, and two inputs never evict each other.
 */
export class ReportModel {
  private readonly memo = memoizeEach({
    // The inputs, each read apart: the diagnostic, the earlier one, the group, a case, the files added.
    readMain: readDiagnostic, readEarlier: readDiagnostic, readGroup: readDiagnostics, readOwnCase: readCase, parseFiles,
    listOf: (diagnostic: Diagnostic) => [diagnostic],
    collect,
    // The SDK's rules over them.
    summary: summarizeCase, compare: compareDiagnostics, rows: comparisonRows, score: scoreDiagnostic, recommend,
    notes: notesByRouage, aggregate: aggregateDiagnostics, collective: collectiveView, classify: classifyDiagnostics,
  });

  /** The diagnostics a removal applies to: the list given, else the one diagnostic given. */
  source(inputs: ReportInputs): unknown {
    const src = hasOwnInputs(inputs.own) ? inputs.own! : { diagnostic: inputs.state?.diagnostic, diagnostics: inputs.state?.diagnostics };
    return given(src.diagnostics) ? src.diagnostics : src.diagnostic;
  }

  view(inputs: ReportInputs, framework: Framework, words: ReportWords, files: readonly FileEntry[], removed: Removed): ReportView {
    const { s, locale } = words;
    const own = hasOwnInputs(inputs.own) ? inputs.own! : undefined;
    // With inputs of its own, the report ignores its provider's; otherwise it takes the provider's, read once by the provider.
    const state = own ? undefined : inputs.state;
    if (own && given(own.case)) {
      const read = this.memo.readOwnCase(own.case, locale);
      return { mode: 'case', read, summary: read.value ? this.memo.summary(read.value, framework) : undefined };
    }
    const notices: Notice[] = [];
    const main = diagnosticFrom(own?.diagnostic, state, 'diagnostic', framework, locale, this.memo.readMain);
    const earlier = diagnosticFrom(own?.compare, state, 'compare', framework, locale, this.memo.readEarlier);
    if (main?.error) notices.push({ tone: 'error', text: s.badDiagnostic(main.error) });
    if (earlier?.error) notices.push({ tone: 'error', text: s.badDiagnostic(earlier.error) });
    if (main?.value && earlier?.value && !files.length) {
      const comparison = this.memo.compare(earlier.value, main.value, framework);
      const c = comparison;
      if (c.dates.before > c.dates.after) notices.push({ tone: 'warning', text: s.reportDatesReversed(words.day(c.dates.before), words.day(c.dates.after)) });
      if (earlier.value.project !== main.value.project) notices.push({ tone: 'warning', text: s.reportOtherProject(earlier.value.project, main.value.project) });
      return { mode: 'comparison', before: earlier.value, after: main.value, comparison, ...this.memo.rows(comparison), notices };
    }

    let givenList: readonly Diagnostic[] = [];
    const groupInput = own ? own.diagnostics : state?.diagnostics;
    if (given(groupInput)) {
      const read = diagnosticsFrom(own?.diagnostics, state, framework, locale, this.memo.readGroup);
      for (const error of read?.errors ?? []) notices.push({ tone: 'error', text: s.badDiagnostic(error) });
      givenList = read?.value ?? [];
    } else if (main?.value) {
      givenList = this.memo.listOf(main.value);
    }
    const collection = this.memo.collect(words, givenList, this.source(inputs), removed, this.memo.parseFiles(files, framework, locale));
    const all = [...notices, ...collection.notices];
    const diagnostics = collection.diagnostics;
    if (diagnostics.length === 0) return { mode: 'empty', collection, notices: all };
    if (diagnostics.length === 1) {
      const diagnostic = diagnostics[0]!;
      return {
        mode: 'single',
        collection,
        notices: all,
        diagnostic,
        score: this.memo.score(diagnostic, framework),
        recommendations: this.memo.recommend(diagnostic, framework),
        notes: this.memo.notes(diagnostics, framework),
      };
    }
    // One project, one respondent (or none named), several days: an evolution, compared and never averaged.
    const set = this.memo.classify(diagnostics);
    if (set.kind === 'evolution') {
      const first = diagnostics[set.chronological[0]!]!;
      const last = diagnostics[set.chronological.at(-1)!]!;
      const comparison = this.memo.compare(first, last, framework);
      all.unshift({ tone: 'info', id: 'evolution', text: s.reportEvolutionRead(diagnostics.length, words.list(set.days.map(words.day))) });
      if (set.days.length > 2) all.splice(1, 0, { tone: 'info', id: 'evolution-middle', text: s.reportEvolutionMiddle(words.list(set.days.slice(1, -1).map(words.day))) });
      return { mode: 'comparison', before: first, after: last, comparison, ...this.memo.rows(comparison), notices: all, collection };
    }
    const aggregate = this.memo.aggregate(diagnostics, framework);
    if (aggregate.projects.length > 1) all.unshift({ tone: 'error', text: s.reportDifferentProjects(words.list(aggregate.projects.map(words.quote))) });
    return { mode: 'collective', collection, notices: all, aggregate, report: this.memo.collective(aggregate, diagnostics, framework) };
  }
}
