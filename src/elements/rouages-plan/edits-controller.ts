import type { ReactiveController, ReactiveControllerHost } from 'lit';
import {
  actionChange,
  addAction,
  isOverdue,
  removeAction,
  setActionStatus,
  statusLabel,
  updateAction,
  type ActionFields,
  type ActionStatus,
  type Framework,
  type PlanAction,
} from '../../sdk/api.js';
import type { Strings } from '../shared/i18n.js';
import type { PlanStrings } from './strings.js';
import type { PlanFilters } from './model.js';
import type { PlanDocumentController } from './plan-document.js';
import type { PlanFormsController } from './forms-controller.js';
import { readPlanFile } from './plan-import.js';

/** A plan file larger than this (in bytes) is refused before it is read. */
export const MAX_FILE_BYTES = 5_000_000;

/** What a change is read against: the framework, the person's language and day, the element's words. */
export interface PlanSetting {
  framework: Framework;
  locale: string;
  /** The day overdue actions are counted against (YYYY-MM-DD). */
  today: string;
  s: Strings & PlanStrings;
}

/** The add form's fields as submitted (`place`: `r:<rouage>` or `d:<dimension>`). */
export interface AddFields {
  place: string;
  tool: string;
  text: string;
  due: string;
  owner: string;
}

/** What the edits controller needs from its element. */
export interface PlanEditsHost extends ReactiveControllerHost {
  readonly renderRoot: HTMLElement | DocumentFragment;
  /** The framework, language, day and words of the moment; undefined while the framework loads. */
  planSetting(): PlanSetting | undefined;
  /** What the person filters the plan by: an action added shows them all again; a status change may leave them. */
  planFilters: PlanFilters;
}

const actionSelector = (id: string) => `.action[data-id="${CSS.escape(id)}"]`;

/**
 * The plan's changes from the interface, for `<rouages-plan>`: add, change a status (asking a
 * postponement's reason first), edit, remove and undo, import a file, bring back a copy kept
 * aside. Each goes through the SDK (`addAction`, `setActionStatus`, `updateAction`,
 * `removeAction`, `readPlanFile`), then to the document (`PlanDocumentController.edit` or
 * `replace`); a refusal is told in the form it came from. After each, it says what happened in
 * the element's live region (`announcement`) and moves focus where the person goes on: the
 * action added or saved, the next action shown when one leaves the filters, the undo button.
 * Nothing here renders.
 *
 * @example
 * private readonly edits = new PlanEditsController(this, this.doc, this.forms);
 * // in render: @click=${() => this.edits.remove(action)}
 */
export class PlanEditsController implements ReactiveController {
  /** What the live region says now (emptied first, so the same sentence twice is still announced). */
  announcement = '';
  /** The action last removed and where it stood: offered back until the next removal. */
  lastRemoved?: { action: PlanAction; index: number };

  /** The action last removed, while it can still be put back: not once the plan holds it again (a file, another tab). */
  get removed(): { action: PlanAction; index: number } | undefined {
    const removed = this.lastRemoved;
    return removed && !this.doc.plan?.actions.some((a) => a.id === removed.action.id) ? removed : undefined;
  }
  /** A selector in the host's shadow root to focus after the next update. */
  private focusAfter?: string;

  constructor(
    private readonly host: PlanEditsHost,
    private readonly doc: PlanDocumentController,
    private readonly forms: PlanFormsController,
  ) {
    host.addController(this);
  }

  hostUpdated(): void {
    if (!this.focusAfter) return;
    const target = this.host.renderRoot.querySelector<HTMLElement>(this.focusAfter);
    this.focusAfter = undefined;
    target?.focus();
  }

  /** Says `text` in the live region. */
  say(text: string): void {
    this.announcement = '';
    this.host.requestUpdate();
    void this.host.updateComplete.then(() => {
      this.announcement = text;
      this.host.requestUpdate();
    });
  }

  /** Adds an action from the add form; true when it was added (the form then empties, the filters open, focus goes to it). */
  add(fields: AddFields): boolean {
    const plan = this.doc.plan;
    const set = this.host.planSetting();
    if (!plan || !set) return false;
    const [kind, id] = [fields.place.slice(0, 2), fields.place.slice(2)];
    const action: ActionFields = { text: fields.text, ...(kind === 'r:' ? { rouage: id } : { dimension: id }) };
    if (fields.tool) action.tool = fields.tool;
    if (fields.due) action.due = fields.due;
    if (fields.owner) action.owner = fields.owner;
    const result = addAction(plan, action, { framework: set.framework, locale: set.locale, today: set.today });
    if (!result.success) {
      this.forms.setAddError(set.s.planInvalid(result.error.message));
      return false;
    }
    const added = result.data.actions.at(-1)!;
    this.doc.edit(result.data, [actionChange(added.id)]);
    this.forms.setAddError(undefined);
    this.forms.resetAdd();
    this.host.planFilters = { overdue: false };
    this.focusAfter = `${actionSelector(added.id)} .action-text`;
    this.say(set.s.planAdded(added.text));
    return true;
  }

  /** A next gear was chosen: the add form takes its place, focus goes to its tools (or the text). */
  planFor(rouage: string): void {
    this.forms.resetAdd({ place: `r:${rouage}`, tool: '', text: '' });
    this.focusAfter = '.add-form select.tool, .add-form textarea';
  }

  /**
   * Changes an action's status. "Postponed" without a reason asks for it first (the source
   * records a postponement with its reason). When the action leaves what the filters show,
   * focus goes to the next action shown, else the previous, else the filters' summary.
   */
  setStatus(action: PlanAction, status: ActionStatus, reason?: string): void {
    const plan = this.doc.plan;
    const set = this.host.planSetting();
    if (!plan || !set) return;
    if (status === 'postponed' && reason === undefined) {
      this.forms.askReason(action.id);
      this.focusAfter = `${actionSelector(action.id)} form.postpone input`;
      return;
    }
    this.forms.askReason(undefined);
    const ids = [...this.host.renderRoot.querySelectorAll<HTMLElement>('.action')].map((n) => n.dataset.id ?? '');
    const at = ids.indexOf(action.id);
    const result = setActionStatus(plan, action.id, status, { framework: set.framework, locale: set.locale, today: set.today, ...(reason !== undefined ? { reason } : {}) });
    if (!result.success) return this.say(result.error.message);
    this.doc.edit(result.data, [actionChange(action.id)]);
    const updated = (this.doc.plan ?? result.data).actions.find((a) => a.id === action.id) ?? action;
    const filters = this.host.planFilters;
    const stays = (!filters.status || updated.status === filters.status) && (!filters.overdue || isOverdue(updated, set.today));
    const label = statusLabel(status, set.framework);
    if (stays) {
      if (reason !== undefined) this.focusAfter = `${actionSelector(action.id)} .status-menu`;
      return this.say(set.s.planStatusChanged(action.text, label));
    }
    const next = ids[at + 1] ?? ids[at - 1];
    this.focusAfter = next ? `${actionSelector(next)} .action-text` : '.shown';
    this.say(set.s.planLeftFilter(action.text, label));
  }

  /** The postponement's reason is not given after all: focus goes back to the status menu. */
  cancelPostpone(action: PlanAction): void {
    this.forms.askReason(undefined);
    this.focusAfter = `${actionSelector(action.id)} .status-menu`;
  }

  /** Opens the edit form of `action`, or (undefined) closes the one open: focus goes back to the button that opened it. */
  edit(action: PlanAction | undefined): void {
    if (action) return this.forms.openEdit(action.id);
    const id = this.forms.closeEdit();
    if (id) this.focusAfter = `${actionSelector(id)} .edit-button`;
  }

  /** Saves the edit form: the form closes and focus goes to the action, or the form says why it was refused. */
  save(action: PlanAction, patch: Partial<ActionFields>): void {
    const plan = this.doc.plan;
    const set = this.host.planSetting();
    if (!plan || !set) return;
    const result = updateAction(plan, action.id, patch, { framework: set.framework, locale: set.locale, today: set.today });
    if (!result.success) return this.forms.failEdit(set.s.planInvalid(result.error.message));
    this.doc.edit(result.data, [actionChange(action.id)]);
    this.forms.closeEdit();
    this.focusAfter = `${actionSelector(action.id)} .action-text`;
    this.say(set.s.planUpdated(patch.text ?? action.text));
  }

  /** Removes an action; it is offered back (focus goes to the undo button). */
  remove(action: PlanAction): void {
    const plan = this.doc.plan;
    const set = this.host.planSetting();
    if (!plan || !set) return;
    this.lastRemoved = { action, index: plan.actions.findIndex((a) => a.id === action.id) };
    this.doc.edit(removeAction(plan, action.id), [actionChange(action.id)]);
    this.focusAfter = '.undo';
    this.say(set.s.planRemoved(action.text));
  }

  /** Puts the action last removed back where it stood. */
  undoRemove(): void {
    const plan = this.doc.plan;
    const removed = this.removed;
    const set = this.host.planSetting();
    if (!plan || !removed || !set) return;
    const actions = plan.actions.slice();
    actions.splice(removed.index, 0, removed.action);
    this.lastRemoved = undefined;
    this.doc.edit({ ...plan, actions, updatedAt: new Date().toISOString() }, [actionChange(removed.action.id)]);
    this.focusAfter = `${actionSelector(removed.action.id)} .action-text`;
    this.say(set.s.planAdded(removed.action.text));
  }

  /** Brings back a copy kept aside (see `PlanDocumentController.bringBack`), and says so. */
  bringBack(ref: number): void {
    this.doc.bringBack(ref);
    const set = this.host.planSetting();
    if (set) this.say(set.s.planBroughtBack);
  }

  /**
   * Reads a file the person gave (JSON: a whole plan; CSV: an edit of this plan, or another
   * project's plan) and tells what came of it in a notice: applied, merged, imported, the same,
   * or why it was refused (too large: over `MAX_FILE_BYTES`; not a plan).
   */
  async importFile(file: File): Promise<void> {
    const set = this.host.planSetting();
    if (!set) return;
    const s = set.s;
    const tell = (text: string, tone: 'error' | 'info') => this.doc.notice({ id: 'file', tone, params: { text } });
    if (file.size > MAX_FILE_BYTES) return tell(s.planBadFile(file.name, s.planFileTooBig), 'error');
    const text = await fileText(file);
    const plan = this.doc.plan;
    if (!plan) return;
    const reading = readPlanFile(text, /\.csv$/i.test(file.name) || file.type === 'text/csv', plan, set.framework, set.locale, set.today);
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
}

/**
 * A file's text: UTF-8, or, when its bytes are not UTF-8, Windows-1252, what French Excel writes
 * for "CSV (séparateur : point-virgule)" (read as UTF-8, each accented letter became "�" and
 * replaced the action's text).
 */
async function fileText(file: File): Promise<string> {
  const bytes = await file.arrayBuffer();
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}
