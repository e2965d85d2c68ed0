import { isCalendarDate, type ActionMode, type Framework } from './schema.js';
import { framework as defaultFramework, indexFramework } from './framework.js';
import { csvField } from './csv.js';
import { failure, formatPath, issuesFromZod, type Issue, type Result } from './result.js';
import { messagesFor } from './messages.js';
import { ACTION_MODES, ACTION_STATUSES, PLAN_SCHEMA, modeLabel, randomId, planActionSchema, planIssues, statusLabel, type ActionStatus, type Plan, type PlanAction } from './plan.js';
import { localDay } from './plan-day.js';

export interface PlanCsvOptions {
  /** The field separator: ";" for French (what Excel expects there), "," otherwise, by default. */
  delimiter?: string;
}

/**
 * A text field, made unambiguous before `csvField`: it prefixes a quote to text a spreadsheet
 * would run as a formula, so text that itself starts with a quote gets one more, and reading
 * drops exactly one.
 */
const textField = (value: string | undefined) => csvField(value?.startsWith("'") ? `'${value}` : value);
const readText = (value: string) => (value.startsWith("'") ? value.slice(1) : value);

/** The columns of a plan's CSV, in order: what a person reads, then what a program reads back. */
const COLUMN = {
  project: 0, dimension: 1, rouage: 2, text: 3, modes: 4, partner: 5, status: 6, reason: 7, note: 8, owner: 9, due: 10, doneAt: 11, toolText: 12,
  id: 13, dimensionId: 14, rouageId: 15, toolId: 16, modeIds: 17, statusId: 18, createdAt: 19, updatedAt: 20,
} as const;
const COLUMNS = Object.keys(COLUMN).length;

/**
 * The plan as CSV, one row per action in the plan's order (so that reading it back gives the
 * same plan): first what a person reads
 * (project, dimension, rouage, action, modes, partner, status, reason, owner, due, done on,
 * starting tool: labels in the framework's language), then the ids and stamps that let
 * `planActionsFromCSV` read the actions back exactly. UTF-8 with a byte order mark, CRLF line
 * ends, every field quoted, no cell a spreadsheet would run as a formula (`csvField`).
 */
export function planToCSV(plan: Plan, framework: Framework = defaultFramework, options: PlanCsvOptions = {}): string {
  const m = messagesFor(framework.locale);
  const delimiter = options.delimiter ?? (framework.locale.startsWith('fr') ? ';' : ',');
  const index = indexFramework(framework);
  const lines = [m.plan.csvHeaders.map((h) => csvField(h)).join(delimiter)];
  for (const a of plan.actions) {
    const rouage = a.rouage === undefined ? undefined : index.rouage.get(a.rouage);
    const dimension = index.dimension.get(a.dimension ?? rouage?.dimension ?? '');
    const modes = a.modes ?? [];
    const cells: string[] = [];
    cells[COLUMN.project] = textField(plan.project);
    cells[COLUMN.dimension] = textField(dimension?.title ?? a.dimension);
    cells[COLUMN.rouage] = textField(rouage?.title ?? a.rouage);
    cells[COLUMN.text] = textField(a.text);
    cells[COLUMN.modes] = textField(modes.map((mode) => modeLabel(mode, framework)).join(', '));
    cells[COLUMN.partner] = textField(a.partner);
    cells[COLUMN.status] = textField(statusLabel(a.status, framework));
    cells[COLUMN.reason] = textField(a.reason);
    cells[COLUMN.note] = textField(a.note);
    cells[COLUMN.owner] = textField(a.owner);
    cells[COLUMN.due] = csvField(a.due ?? '');
    cells[COLUMN.doneAt] = csvField(a.doneAt ?? '');
    cells[COLUMN.toolText] = textField(a.tool === undefined ? undefined : index.item.get(a.tool)?.text);
    cells[COLUMN.id] = textField(a.id);
    cells[COLUMN.dimensionId] = csvField(a.dimension ?? '');
    cells[COLUMN.rouageId] = csvField(a.rouage ?? '');
    cells[COLUMN.toolId] = csvField(a.tool ?? '');
    cells[COLUMN.modeIds] = csvField(modes.join(' '));
    cells[COLUMN.statusId] = csvField(a.status);
    cells[COLUMN.createdAt] = csvField(a.createdAt);
    cells[COLUMN.updatedAt] = csvField(a.updatedAt);
    lines.push(cells.join(delimiter));
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

/** Splits CSV text into rows of fields (RFC 4180: quoted fields may hold the delimiter, quotes and line breaks). */
export function readCsvRows(text: string, delimiter: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  for (; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === delimiter) {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  if (field !== '' || row.length) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

export interface PlanFromCsv {
  /** The project named in the file's rows (the first row's), if any. */
  project?: string;
  actions: PlanAction[];
  /**
   * For each action (same index), what its readable columns name, when they name something
   * this framework knows (its titles and labels, or the ids themselves): the dimension, the
   * rouage, the modes ("" names no mode) and the status (in French or English).
   * `applyPlanCsv` weighs each against its id column.
   */
  labels?: RowLabels[];
}

/** What a row's readable columns name (see `PlanFromCsv.labels`); undefined where a column names nothing known. */
export interface RowLabels {
  dimension?: string;
  rouage?: string;
  modes?: ActionMode[];
  status?: ActionStatus;
}

/** The status labels of the two locales the method ships in (the frameworks' `plan.statuses`). */
const STATUS_WORDS: Record<ActionStatus, string[]> = {
  planned: ['Prévue', 'Planned'],
  'in-progress': ['En cours', 'In progress'],
  done: ['Réalisée', 'Done'],
  postponed: ['Remise à plus tard', 'Postponed'],
};

const fold = (text: string) => text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').trim().toLowerCase();

/** The status a readable label names (either locale, the framework's words, or the id itself), if any. */
export function statusFromLabel(label: string, framework: Framework = defaultFramework): ActionStatus | undefined {
  const wanted = fold(label);
  if (!wanted) return undefined;
  return ACTION_STATUSES.find((status) => fold(status) === wanted || fold(statusLabel(status, framework)) === wanted || STATUS_WORDS[status].some((w) => fold(w) === wanted));
}

/** The id of what a readable label names among `items` (by title in this framework, or by id), if any. */
function named<T extends string>(items: readonly { id: T; title: string }[], label: string): T | undefined {
  const wanted = fold(label);
  return wanted ? items.find((item) => fold(item.title) === wanted || fold(item.id) === wanted)?.id : undefined;
}

/** The modes a readable list names ("Montée en compétences, Appui d'un partenaire"), in the method's order; [] for an empty cell; undefined when one is not known. */
function modesFromLabel(label: string, framework: Framework): ActionMode[] | undefined {
  const known = ACTION_MODES.map((id) => ({ id, title: modeLabel(id, framework) }));
  const modes = label.split(/[,;]/).filter((name) => fold(name)).map((name) => named(known, name));
  return modes.includes(undefined) ? undefined : ACTION_MODES.filter((mode) => modes.includes(mode));
}

/** A day as a French spreadsheet writes it (29/11/2026, 1/2/2026, also with "." or "-"): day, month, four-digit year. */
const SPREADSHEET_DAY = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/;

/**
 * A day cell as written: YYYY-MM-DD as is; day/month/year (what Excel and LibreOffice write in
 * French) as YYYY-MM-DD, or `impossible` when no calendar has that day (31/02/2026, 12/13/2026);
 * anything else as is, for the schema to name.
 */
function readDay(cell: string): string | { impossible: string } {
  const match = SPREADSHEET_DAY.exec(cell.trim());
  if (!match) return cell.trim();
  const [, day, month, year] = match;
  const iso = `${year}-${month!.padStart(2, '0')}-${day!.padStart(2, '0')}`;
  // isCalendarDate knows no month 0 or 13 either.
  return isCalendarDate(iso) ? iso : { impossible: cell.trim() };
}

/**
 * Reads back the actions of a plan exported by `planToCSV` (in any of its languages and with
 * either delimiter), and edited in a spreadsheet. The id columns are read; the readable
 * "Dimension", "Rouage", "Modes d'action" and "Statut" columns are read too (labels of this
 * framework, or ids; statuses in French or English), filling an empty id column and returned
 * apart (`labels`) for `applyPlanCsv` to weigh. A day is YYYY-MM-DD or, as a French spreadsheet
 * writes it, day/month/year (29/11/2026); a day no calendar has is refused. A row of empty
 * cells (";;;;", what a spreadsheet saves for a blank line) is skipped; a row a person typed
 * with no "Identifiant" is a new action, given an id, and its empty "Créée le"/"Modifiée le"
 * are `now`. Never throws; checks each action as `parsePlan` does, with paths `rows[2].due`.
 *
 * @example
 * const read = planActionsFromCSV(await file.text(), framework, { locale: 'fr' });
 * if (read.success) applyPlanCsv(plan, read.data, { framework });
 * else show(read.error.message); // "Le plan d'actions n'est pas valide. rows[2].due : « 31/02/2026 » n'est pas un jour du calendrier."
 */
export function planActionsFromCSV(text: string, framework: Framework = defaultFramework, options: { locale?: string; now?: Date } = {}): Result<PlanFromCsv> {
  const locale = options.locale ?? framework.locale;
  const stamp = (options.now ?? new Date()).toISOString();
  const m = messagesFor(locale);
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const firstLine = body.slice(0, body.search(/\r?\n|$/));
  const delimiter = [';', ',', '\t'].map((d) => ({ d, n: firstLine.split(d).length })).sort((a, b) => b.n - a.n)[0]!.d;
  const rows = readCsvRows(body, delimiter).filter((row) => row.some((field) => field.trim() !== ''));
  const header = rows[0];
  if (!header || header.length !== COLUMNS) return failure('plan', [{ path: '', message: m.at('', m.plan.csvEmpty) }], locale);
  const issues: Issue[] = [];
  const actions: PlanAction[] = [];
  const labels: RowLabels[] = [];
  let project: string | undefined;
  rows.slice(1).forEach((row, r) => {
    const at = (key?: string) => formatPath(key === undefined ? ['rows', r + 1] : ['rows', r + 1, key]);
    if (row.length !== COLUMNS) {
      issues.push({ path: at(), message: m.at(at(), m.plan.csvColumns(COLUMNS, row.length)) });
      return;
    }
    const cell = (key: keyof typeof COLUMN) => row[COLUMN[key]]!;
    const optional = (value: string) => (value === '' ? undefined : value);
    project ??= optional(readText(cell('project')));
    const label: RowLabels = {
      dimension: named(framework.dimensions, readText(cell('dimension'))),
      rouage: named(framework.rouages, readText(cell('rouage'))),
      modes: modesFromLabel(readText(cell('modes')), framework),
      status: statusFromLabel(readText(cell('status')), framework),
    };
    const days = { due: readDay(cell('due')), doneAt: readDay(cell('doneAt')) };
    const impossible = (['due', 'doneAt'] as const).filter((key) => typeof days[key] !== 'string');
    for (const key of impossible) issues.push({ path: at(key), message: m.at(at(key), m.plan.notADay((days[key] as { impossible: string }).impossible)) });
    if (impossible.length) return;
    const modes = cell('modeIds') ? cell('modeIds').split(' ') : label.modes?.length ? label.modes : undefined;
    const candidate: Record<string, unknown> = {
      id: readText(cell('id')) || randomId(),
      dimension: optional(cell('dimensionId')) ?? label.dimension,
      rouage: optional(cell('rouageId')) ?? label.rouage,
      text: readText(cell('text')),
      tool: optional(cell('toolId')),
      modes,
      partner: optional(readText(cell('partner'))),
      status: cell('statusId') || label.status,
      reason: optional(readText(cell('reason'))),
      note: optional(readText(cell('note'))),
      owner: optional(readText(cell('owner'))),
      due: optional(days.due as string),
      doneAt: optional(days.doneAt as string),
      createdAt: cell('createdAt') || stamp,
      updatedAt: cell('updatedAt') || stamp,
    };
    for (const key of Object.keys(candidate)) if (candidate[key] === undefined) delete candidate[key];
    const parsed = planActionSchema.safeParse(candidate, { reportInput: true });
    if (!parsed.success) {
      for (const issue of issuesFromZod(parsed.error, m)) {
        const path = at(issue.path || undefined);
        issues.push({ path, message: m.at(path, issue.message.slice(issue.path ? issue.path.length : 0).replace(/^\s*:\s*/, '')) });
      }
      return;
    }
    actions.push(parsed.data);
    labels.push(label);
  });
  if (!issues.length) {
    const probe: Plan = { schema: PLAN_SCHEMA, id: 'csv', framework: { id: framework.id, version: framework.version }, project: project ?? '-', createdAt: stamp, updatedAt: stamp, actions };
    for (const issue of planIssues(probe, framework, locale)) {
      const path = issue.path.replace(/^actions\[(\d+)\]/, (_, i: string) => `rows[${Number(i) + 1}]`);
      issues.push({ path, message: issue.message.replace(issue.path, path) });
    }
  }
  if (issues.length) return failure('plan', issues, locale);
  return { success: true, data: { project, actions, labels } };
}

/** The fields a CSV row carries: its values are the person's edit. */
const CSV_FIELDS = ['rouage', 'dimension', 'text', 'tool', 'modes', 'partner', 'status', 'reason', 'note', 'owner', 'due', 'doneAt'] as const;

export interface PlanCsvApplied {
  /** The plan with the rows applied (the plan given when nothing changed). */
  plan: Plan;
  /** Ids of the actions held that the rows changed. */
  updated: string[];
  /** Ids of the actions the rows added. */
  added: string[];
}

/**
 * Of a readable column and its id column, the value a person meant: the readable one when it
 * names something known, disagrees with the id and the id is still the held action's (the
 * person edited the column they read); else the id. A row adding an action keeps its id.
 */
function chosen<T>(label: T | undefined, id: T, held: { value: T } | undefined): T {
  const same = (a: T, b: T) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
  return label !== undefined && !same(label, id) && held !== undefined && same(id, held.value) ? label : id;
}

/** The modes in the method's order ([] for none): how two lists of modes are compared. */
const ordered = (modes: readonly ActionMode[] | undefined) => ACTION_MODES.filter((mode) => modes?.includes(mode));

/**
 * A row's place (dimension, rouage, starting tool) and modes, each weighed between its readable
 * and its id column (`chosen`). A rouage the person named takes its dimension along; a dimension
 * they named that does not hold the rouage moves the action onto the whole dimension; a starting
 * tool stays only with its rouage.
 */
function placeOf(row: PlanAction, label: RowLabels, held: PlanAction | undefined, framework: Framework): PlanAction {
  const index = indexFramework(framework);
  const was = <K extends 'rouage' | 'dimension'>(key: K) => (held ? { value: held[key] } : undefined);
  let rouage = chosen(label.rouage, row.rouage, was('rouage'));
  let dimension = chosen(label.dimension, row.dimension, was('dimension'));
  const modes = chosen(label.modes, ordered(row.modes), held ? { value: ordered(held.modes) } : undefined);
  const home = rouage === undefined ? undefined : index.rouage.get(rouage)?.dimension;
  if (home !== undefined && home !== dimension) {
    if (dimension !== row.dimension && rouage === row.rouage) rouage = undefined;
    else dimension = home;
  }
  const action: PlanAction = { ...row, modes };
  for (const [key, value] of [['rouage', rouage], ['dimension', dimension]] as const) {
    if (value === undefined) delete action[key];
    else action[key] = value;
  }
  if (!modes.length) delete action.modes;
  if (action.tool !== undefined && (rouage === undefined || index.item.get(action.tool)?.rouage.id !== rouage)) delete action.tool;
  return action;
}

/**
 * Applies a CSV read by `planActionsFromCSV` to the plan held, as the person's edit: a row whose
 * id names an action held gives that action the row's values for every field a row carries
 * (whatever the row's "Modifiée le" says), stamped `now`; a row naming no action held is added;
 * no action held is removed. When a readable column ("Dimension", "Rouage", "Modes d'action",
 * "Statut") and its id column disagree, the one that changed from the held action wins (a
 * person edits the column they read); a rouage named takes its dimension along. A row marked
 * done with no day gets `today` (the person's local day). Pure.
 *
 * @param options `now` stamps the changes; `today` (YYYY-MM-DD) is the day a row marked done
 *   without a day gets; `framework` (the built-in one by default) gives rouages their dimension.
 * @example
 * const read = planActionsFromCSV(text, framework);
 * if (read.success) {
 *   const { plan: next, updated, added } = applyPlanCsv(plan, read.data, { framework, today: localDay() });
 * }
 */
export function applyPlanCsv(plan: Plan, read: PlanFromCsv, options: { now?: Date; today?: string; framework?: Framework } = {}): PlanCsvApplied {
  const now = options.now ?? new Date();
  const stamp = now.toISOString();
  const today = options.today ?? localDay(now);
  const framework = options.framework ?? defaultFramework;
  const held = new Map(plan.actions.map((a) => [a.id, a]));
  const rows = new Map<string, PlanAction>();
  read.actions.forEach((row, i) => {
    const before = held.get(row.id);
    const label: RowLabels = read.labels?.[i] ?? {};
    const status = chosen(label.status, row.status, before ? { value: before.status } : undefined);
    const action: PlanAction = { ...placeOf(row, label, before, framework), status };
    if (status !== 'done') delete action.doneAt;
    else if (!action.doneAt) action.doneAt = today;
    if (status !== 'postponed') delete action.reason;
    rows.set(row.id, action);
  });
  const updated: string[] = [];
  const added: string[] = [];
  const same = (a: PlanAction, b: PlanAction) => CSV_FIELDS.every((key) => JSON.stringify(a[key] ?? null) === JSON.stringify(b[key] ?? null));
  const actions = plan.actions.map((current) => {
    const row = rows.get(current.id);
    if (!row || same(current, row)) return current;
    updated.push(current.id);
    const next: PlanAction = { ...row, id: current.id, createdAt: current.createdAt, updatedAt: stamp };
    return next;
  });
  for (const row of rows.values()) {
    if (held.has(row.id)) continue;
    added.push(row.id);
    actions.push({ ...row, updatedAt: stamp });
  }
  if (!updated.length && !added.length) return { plan, updated, added };
  return { plan: { ...plan, actions, updatedAt: stamp }, updated, added };
}
