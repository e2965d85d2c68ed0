import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Plan, PlanAction } from '../../sdk/api.js';
import type { StorageLike } from './plan-document.js';
import type { AddDraft } from './view-add.js';

/** A form's fields by name, as typed (a list for a group of checkboxes). */
export type FormFields = Record<string, string | string[]>;

/** What the plan's forms hold while the person types, as stored (see `PlanFormsController`). */
export interface PlanFormDrafts {
  /** The add form's fields by name (place, tool, text, owner, due). */
  add?: FormFields;
  /** The open edit form: the action's id and its fields by name. */
  edit?: { id: string; fields: FormFields };
}

/** The format of what the forms keep under `<storage-key>:plan:forms`. */
export const PLAN_FORMS_FORMAT = 'rouages-plan-forms/1';

/** The longest field kept, in characters: a stored draft never grows without bound. */
const FIELD_LIMIT = 4_000;

const EMPTY_ADD: AddDraft = { place: '', tool: '', text: '' };

/** Where the plan's document is stored (see `PlanDocumentController.place`): the forms are kept beside it. */
export interface FormsPlace {
  /** The plan's own key (`<storage-key>:plan`). */
  key: string;
  storage: StorageLike;
}

/** What the forms controller needs from the plan's document. */
export interface FormsDocument {
  readonly plan: Plan | null;
  /** Where the plan is stored, or undefined without a storage key. */
  place(): FormsPlace | undefined;
}

/**
 * The plan's forms while the person fills them in, for `<rouages-plan>`: the add form's draft
 * and error, the edit form open (its action, what is typed, its error) and the action whose
 * postponement waits for its reason. What is typed in the add and edit forms is kept under
 * `<storage-key>:plan:forms` after each change (once the element has updated) and comes back
 * on reload (`restore`), so that a reload loses nothing; removed when both forms are empty.
 * Never throws: storage that is full or blocked only means the forms are not kept.
 *
 * @example
 * private readonly forms = new PlanFormsController(this, this.doc);
 * // after this.doc.open(key, storage):
 * this.forms.restore();
 * this.forms.changeAdd({ text: 'Réunir le comité' }); // saved under `<key>:plan:forms`
 */
export class PlanFormsController implements ReactiveController {
  /** The add form's choices. */
  add: AddDraft = EMPTY_ADD;
  /** Why the last add was refused, in words. */
  addError?: string;
  /** The id of the action whose edit form is open. */
  editing?: string;
  /** What is typed in the open edit form (undefined: the action's own values). */
  editDraft?: FormFields;
  /**
   * The action as it was when its edit form opened (or came back on reload): a save changes only
   * the fields the person changed from it, so that a CSV imported or another tab's change
   * meanwhile is not undone by the form's older values.
   */
  editBase?: PlanAction;
  /** Why the last save of the edit form was refused, in words. */
  editError?: string;
  /** The action whose status menu chose "postponed": its reason is asked before it is recorded. */
  postponing?: string;
  /**
   * The forms whose content changed since it was last kept: kept after the next update. Only
   * these are written, over what is stored, so that another tab on the same key (the same
   * storage) typing in the add form does not wipe the edit this tab keeps, and the reverse.
   */
  private readonly dirty = new Set<'add' | 'edit'>();

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly doc: FormsDocument,
  ) {
    host.addController(this);
  }

  /**
   * The drafts kept under the storage key come back: the add form's, and the edit form's when
   * the plan holds its action. Call after the document is opened. Nothing without a key.
   */
  restore(): void {
    const forms = this.read();
    const text = (value: string | string[] | undefined) => (typeof value === 'string' ? value : '');
    if (forms.add) {
      const a = forms.add;
      this.add = { place: text(a.place), tool: text(a.tool), text: text(a.text), owner: text(a.owner), due: text(a.due) };
    }
    const held = forms.edit && this.doc.plan?.actions.find((a) => a.id === forms.edit!.id);
    if (forms.edit && held) {
      this.editing = forms.edit.id;
      this.editDraft = forms.edit.fields;
      this.editBase = held;
    }
    this.host.requestUpdate();
  }

  /** Some fields of the add form changed (merged into the draft held, so quick inputs never undo each other). */
  changeAdd(fields: Partial<AddDraft>): void {
    this.add = { ...this.add, ...fields };
    this.changed('add');
  }

  /** The add form starts again: empty, or with the choices given (a next gear's place). */
  resetAdd(draft: AddDraft = EMPTY_ADD): void {
    this.add = draft;
    this.changed('add');
  }

  /** Why the add was refused (the draft stays), or undefined once an action is added. */
  setAddError(message: string | undefined): void {
    this.addError = message;
    this.host.requestUpdate();
  }

  /** Opens the edit form of an action, with the action's own values. */
  openEdit(id: string): void {
    this.editing = id;
    this.editDraft = undefined;
    this.editBase = this.doc.plan?.actions.find((a) => a.id === id);
    this.editError = undefined;
    this.changed('edit');
  }

  /** What is typed in the edit form of `id` (ignored when that form is not the one open). */
  typeEdit(id: string, fields: FormFields): void {
    if (this.editing !== id) return;
    this.editDraft = fields;
    this.changed('edit');
  }

  /** Closes the edit form (saved or cancelled); its draft goes. Returns the action whose form it was. */
  closeEdit(): string | undefined {
    const id = this.editing;
    this.editing = undefined;
    this.editDraft = undefined;
    this.editBase = undefined;
    this.editError = undefined;
    this.changed('edit');
    return id;
  }

  /** The save was refused: `message` says why (the form stays open with what is typed). */
  failEdit(message: string): void {
    this.editError = message;
    this.host.requestUpdate();
  }

  /** Asks the reason of a postponement for the action `id` (undefined: asks no more). */
  askReason(id: string | undefined): void {
    this.postponing = id;
    this.host.requestUpdate();
  }

  hostUpdated(): void {
    if (!this.dirty.size) return;
    this.save();
    this.dirty.clear();
  }

  private changed(form: 'add' | 'edit'): void {
    this.dirty.add(form);
    this.host.requestUpdate();
  }

  /** Writes the forms that changed under `<key>:forms`, over what is stored; removes it when both forms are empty. */
  private save(): void {
    const place = this.doc.place();
    if (!place) return;
    const forms = this.read();
    if (this.dirty.has('add')) {
      const d = this.add;
      if (d.place || d.tool || d.text || d.owner || d.due) forms.add = { ...d } as FormFields;
      else delete forms.add;
    }
    if (this.dirty.has('edit')) {
      if (this.editing && this.editDraft) forms.edit = { id: this.editing, fields: this.editDraft };
      else delete forms.edit;
    }
    try {
      if (!forms.add && !forms.edit) place.storage.removeItem(`${place.key}:forms`);
      else place.storage.setItem(`${place.key}:forms`, JSON.stringify({ format: PLAN_FORMS_FORMAT, ...forms }));
    } catch {
      // Storage full or blocked: the plan's own notice says so on its next save.
    }
  }

  /** The drafts kept under the key, read defensively: only strings (and lists of strings) come back. */
  private read(): PlanFormDrafts {
    const place = this.doc.place();
    if (!place) return {};
    try {
      const value = JSON.parse(place.storage.getItem(`${place.key}:forms`) ?? 'null') as { format?: unknown; add?: unknown; edit?: unknown } | null;
      if (!value || value.format !== PLAN_FORMS_FORMAT) return {};
      const forms: PlanFormDrafts = {};
      const add = fieldsOf(value.add);
      if (add) forms.add = add;
      const edit = value.edit as { id?: unknown; fields?: unknown } | undefined;
      const editFields = fieldsOf(edit?.fields);
      if (typeof edit?.id === 'string' && editFields) forms.edit = { id: edit.id, fields: editFields };
      return forms;
    } catch {
      return {};
    }
  }
}

/** A stored form's fields: strings (cut at `FIELD_LIMIT`) and lists of strings; anything else is left out. */
function fieldsOf(input: unknown): FormFields | undefined {
  if (!input || typeof input !== 'object') return undefined;
  const out: FormFields = {};
  for (const [k, v] of Object.entries(input)) {
    if (typeof v === 'string') out[k] = v.slice(0, FIELD_LIMIT);
    else if (Array.isArray(v) && v.every((x) => typeof x === 'string')) out[k] = v as string[];
  }
  return out;
}
