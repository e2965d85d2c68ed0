import { html, nothing, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { live } from 'lit/directives/live.js';
import { ACTION_MODES, ACTION_STATUSES, modeLabel, statusLabel, type ActionFields, type ActionMode, type ActionStatus, type Framework, type PlanAction } from '../../sdk/api.js';
import { cssProps } from '../shared/css-props.js';
import { dimensionColor } from '../shared/styles.js';
import type { Strings } from '../shared/i18n.js';
import type { PlanStrings } from './strings.js';

/** What the list shows: the plan grouped in the method's order, already filtered (see `planView`). */
export interface GroupView {
  id: string;
  title: string;
  index: number;
  /** Actions on the dimension alone. */
  actions: PlanAction[];
  rouages: { id: string; title: string; actions: PlanAction[] }[];
}

export interface ActionHandlers {
  readonly: boolean;
  editing: string | undefined;
  editError: string | undefined;
  overdue(action: PlanAction): boolean;
  toolText(toolId: string): string | undefined;
  formatDay(day: string): string;
  setStatus(action: PlanAction, status: ActionStatus): void;
  /** Opens the edit form of an action, or closes the one open (`undefined`: focus goes back to its opener). */
  edit(action: PlanAction | undefined): void;
  /** What is typed in the open edit form, by field name (kept so that a reload loses nothing). */
  editDraft: Record<string, string | string[]> | undefined;
  /** The action as it was when its edit form opened: a save sends only what the person changed from it. */
  editBase: PlanAction | undefined;
  editInput(action: PlanAction, fields: Record<string, string | string[]>): void;
  /** The action whose status menu chose "postponed": its reason is asked before it is recorded. */
  postponing: string | undefined;
  postpone(action: PlanAction, reason: string): void;
  cancelPostpone(action: PlanAction): void;
  save(action: PlanAction, patch: Partial<ActionFields>): void;
  remove(action: PlanAction): void;
}

type S = Strings & PlanStrings;

/** The groups of the plan: one section per dimension with actions, its rouages below it. */
export function renderGroups(groups: GroupView[], framework: Framework, s: S, level: number, h: ActionHandlers): TemplateResult {
  const heading = (text: string, lvl: number, cls: string, part: string) => html`<div class=${cls} part=${part} role="heading" aria-level=${Math.min(6, lvl)}>${text}</div>`;
  return html`${repeat(
    groups,
    (g) => g.id,
    (g) => html`<section class="dimension" part="dimension" style=${cssProps({ '--c': dimensionColor(g.id, g.index) })}>
      ${heading(g.title, level + 1, 'dimension-title', 'dimension-title')}
      ${g.actions.length
        ? html`${heading(s.planDimensionActions, level + 2, 'rouage-title', 'rouage-title')}
            <ul class="actions">
              ${repeat(g.actions, (a) => a.id, (a) => renderAction(a, framework, s, h))}
            </ul>`
        : nothing}
      ${repeat(
        g.rouages,
        (r) => r.id,
        (r) => html`${heading(r.title, level + 2, 'rouage-title', 'rouage-title')}
          <ul class="actions">
            ${repeat(r.actions, (a) => a.id, (a) => renderAction(a, framework, s, h))}
          </ul>`,
      )}
    </section>`,
  )}`;
}

function renderAction(a: PlanAction, framework: Framework, s: S, h: ActionHandlers): TemplateResult {
  const overdue = h.overdue(a);
  const tool = a.tool ? h.toolText(a.tool) : undefined;
  const fact = (label: string, value: string | undefined) => (value ? html`<div class="fact"><dt>${label}${s.planColon}</dt><dd>${value}</dd></div>` : nothing);
  return html`<li class="action status-${a.status}" part="action" data-id=${a.id}>
    <div class="action-head">
      <p class="action-text" tabindex="-1">${a.text}</p>
      <span class="badge" part="status">${statusLabel(a.status, framework)}</span>
      ${overdue ? html`<span class="badge overdue" part="overdue">${s.planOverdue}</span>` : nothing}
    </div>
    <dl class="facts">
      ${fact(s.planModes, a.modes?.map((m) => modeLabel(m, framework)).join(', '))} ${fact(s.planPartner, a.partner)} ${fact(s.planOwner, a.owner)}
      ${fact(s.planDue, a.due ? h.formatDay(a.due) : undefined)} ${fact(s.planDoneAt, a.doneAt ? h.formatDay(a.doneAt) : undefined)} ${fact(s.planReason, a.reason)}
      ${fact(s.planNote, a.note)} ${fact(s.planTool, tool)}
    </dl>
    ${h.readonly
      ? nothing
      : html`<div class="controls">
          <label class="inline"
            ><span class="visually-hidden">${s.planStatusLabel(a.text)}</span
            ><select class="status-menu" aria-label=${s.planStatusLabel(a.text)} .value=${live(h.postponing === a.id ? 'postponed' : a.status)} @change=${(e: Event) => h.setStatus(a, (e.target as HTMLSelectElement).value as ActionStatus)}>
              ${ACTION_STATUSES.map((st) => html`<option value=${st} ?selected=${h.postponing === a.id ? st === 'postponed' : st === a.status}>${statusLabel(st, framework)}</option>`)}
            </select></label
          >
          <button type="button" class="edit-button" aria-label=${s.planEditLabel(a.text)} aria-expanded=${h.editing === a.id ? 'true' : 'false'} @click=${() => h.edit(h.editing === a.id ? undefined : a)}>${s.planEdit}</button>
          <button type="button" aria-label=${s.planRemoveLabel(a.text)} @click=${() => h.remove(a)}>${s.planRemove}</button>
        </div>`}
    ${h.postponing === a.id && !h.readonly ? renderPostpone(a, s, h) : nothing}
    ${h.editing === a.id && !h.readonly ? renderEditForm(a, framework, s, h) : nothing}
  </li>`;
}

/** Reads the edit form's fields into a patch (an empty field clears its value). */
function readForm(form: HTMLFormElement): Partial<ActionFields> {
  const data = new FormData(form);
  const text = (name: string) => String(data.get(name) ?? '').trim();
  const modes = ACTION_MODES.filter((m) => data.getAll('modes').includes(m));
  const status = text('status') as ActionStatus;
  return {
    text: text('text'),
    status,
    modes: modes.length ? (modes as ActionMode[]) : undefined,
    partner: text('partner'),
    owner: text('owner'),
    due: text('due') || undefined,
    doneAt: status === 'done' ? text('doneAt') || undefined : undefined,
    reason: status === 'postponed' ? text('reason') : undefined,
    note: text('note'),
  };
}

/** The source records a postponement with its reason: the status menu asks for it before recording. */
function renderPostpone(a: PlanAction, s: S, h: ActionHandlers): TemplateResult {
  const onSubmit = (e: SubmitEvent) => {
    e.preventDefault();
    const reason = String(new FormData(e.target as HTMLFormElement).get('reason') ?? '').trim();
    if (reason) h.postpone(a, reason);
  };
  const onKey = (e: KeyboardEvent) => {
    if (e.key !== 'Escape') return;
    e.stopPropagation();
    h.cancelPostpone(a);
  };
  return html`<form class="postpone" aria-label=${s.planPostponeTitle(a.text)} @submit=${onSubmit} @keydown=${onKey}>
    <label>${s.planReason}<input name="reason" required maxlength="2000" .value=${a.reason ?? ''} /></label>
    <div class="buttons">
      <button type="submit">${s.planPostpone}</button>
      <button type="button" @click=${() => h.cancelPostpone(a)}>${s.planCancel}</button>
    </div>
  </form>`;
}

/** The edit form's fields by name, as typed (for the stored draft). */
function rawFields(form: HTMLFormElement): Record<string, string | string[]> {
  const data = new FormData(form);
  const out: Record<string, string | string[]> = {};
  for (const name of ['text', 'status', 'doneAt', 'reason', 'partner', 'owner', 'due', 'note']) out[name] = String(data.get(name) ?? '');
  out.modes = data.getAll('modes').map(String);
  return out;
}

/** An action's fields as its edit form shows them (`rawFields`' shape). */
function actionFields(a: PlanAction): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = { text: a.text, status: a.status, doneAt: a.doneAt ?? '', reason: a.reason ?? '', partner: a.partner ?? '', owner: a.owner ?? '', due: a.due ?? '', note: a.note ?? '' };
  out.modes = ACTION_MODES.filter((m) => a.modes?.includes(m));
  return out;
}

/**
 * The edit form's patch, but only the fields the person changed from `base` (the action when
 * the form opened): what changed in the plan meanwhile (a CSV, another tab) is kept. A day done
 * or a reason goes with a status changed.
 */
function changedFields(form: HTMLFormElement, base: PlanAction | undefined): Partial<ActionFields> {
  const patch = readForm(form);
  if (!base) return patch;
  const typed = rawFields(form);
  const was = actionFields(base);
  const same = (name: string) => JSON.stringify(typeof typed[name] === 'string' ? (typed[name] as string).trim() : typed[name]) === JSON.stringify(was[name]);
  const out: Partial<ActionFields> = {};
  for (const key of Object.keys(patch) as (keyof ActionFields)[]) {
    const follows = (key === 'doneAt' || key === 'reason') && !same('status');
    if (!same(key) || follows) Object.assign(out, { [key]: patch[key] });
  }
  return out;
}

function renderEditForm(a: PlanAction, framework: Framework, s: S, h: ActionHandlers): TemplateResult {
  const d = h.editDraft;
  const v = (name: string, held: string | undefined) => (typeof d?.[name] === 'string' ? (d[name] as string) : (held ?? ''));
  const status = (v('status', a.status) || a.status) as ActionStatus;
  const modes = Array.isArray(d?.modes) ? (d.modes as string[]) : (a.modes ?? []);
  const onKey = (e: KeyboardEvent) => {
    if (e.key !== 'Escape') return;
    e.stopPropagation();
    h.edit(undefined);
  };
  const onSubmit = (e: SubmitEvent) => {
    e.preventDefault();
    h.save(a, changedFields(e.target as HTMLFormElement, h.editBase));
  };
  // The status chosen in the form shows the fields it needs (the day done, the reason).
  const onStatus = (e: Event) => {
    const form = (e.target as HTMLSelectElement).form!;
    const value = (e.target as HTMLSelectElement).value;
    form.querySelector<HTMLElement>('.if-done')!.hidden = value !== 'done';
    form.querySelector<HTMLElement>('.if-postponed')!.hidden = value !== 'postponed';
  };
  return html`<form class="edit" part="edit-form" @submit=${onSubmit} @keydown=${onKey} @input=${(e: Event) => h.editInput(a, rawFields(e.currentTarget as HTMLFormElement))} @change=${(e: Event) => h.editInput(a, rawFields(e.currentTarget as HTMLFormElement))}>
    ${h.editError ? html`<p class="message" role="alert">${h.editError}</p>` : nothing}
    <label>${s.planText}<textarea name="text" required rows="2" .value=${v('text', a.text)}></textarea></label>
    <label>${s.planStatus}<select name="status" @change=${onStatus}>
      ${ACTION_STATUSES.map((st) => html`<option value=${st} ?selected=${st === status}>${statusLabel(st, framework)}</option>`)}
    </select></label>
    <label class="if-done" ?hidden=${status !== 'done'}>${s.planDoneAt}<input type="date" name="doneAt" .value=${v('doneAt', a.doneAt)} /></label>
    <label class="if-postponed" ?hidden=${status !== 'postponed'}>${s.planReason}<input name="reason" ?required=${status === 'postponed'} .value=${v('reason', a.reason)} /></label>
    <fieldset>
      <legend>${s.planModes}</legend>
      ${ACTION_MODES.map((m) => html`<label class="check"><input type="checkbox" name="modes" value=${m} .checked=${modes.includes(m)} />${modeLabel(m, framework)}</label>`)}
    </fieldset>
    <label>${s.planPartner}<input name="partner" .value=${v('partner', a.partner)} /></label>
    <label>${s.planOwner}<input name="owner" .value=${v('owner', a.owner)} /></label>
    <label>${s.planDue}<input type="date" name="due" .value=${v('due', a.due)} /></label>
    <label>${s.planNote}<textarea name="note" rows="2" .value=${v('note', a.note)}></textarea></label>
    <div class="buttons">
      <button type="submit">${s.planSave}</button>
      <button type="button" @click=${() => h.edit(undefined)}>${s.planCancel}</button>
    </div>
  </form>`;
}
