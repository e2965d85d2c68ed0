import type { LitElement, PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';

// A mixin's constructor takes what the element's does (Lit's mixin pattern): the `any[]` is TypeScript's required form for mixin constructors.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Constructor<T> = new (...args: any[]) => T;

/** What a form control says about its value's validity: nothing when valid. */
export interface FormValidity {
  flags: ValidityStateFlags;
  /** The sentence the browser shows, in the element's language. */
  message: string;
  /** The focusable control inside the element the browser points at (focused by `reportValidity`). */
  anchor?: HTMLElement;
}

/** The members a form control adds to an element: those of a native `<input>`, and the hooks the element overrides. */
export declare class FormControlMembers {
  name?: string;
  required: boolean;
  disabled: boolean;
  readonly form: HTMLFormElement | null;
  readonly validity: ValidityState;
  readonly validationMessage: string;
  readonly willValidate: boolean;
  checkValidity(): boolean;
  reportValidity(): boolean;
  formDisabledCallback(disabled: boolean): void;
  formResetCallback(): void;
  formStateRestoreCallback(state: string | File | FormData | null): void;
  protected formDisabled: boolean;
  protected readonly internals: ElementInternals;
  protected formValue(): string | File | FormData | null;
  protected formValidity(): FormValidity | null;
  protected missingValueMessage(): string;
  protected validityAnchor(): HTMLElement | undefined;
  protected formReset(): void;
  protected formStateRestore(state: string | File | FormData | null): void;
  protected valueAttributeChanged(text: string | null): void;
  protected syncFormControl(): void;
}

/**
 * Makes a Lit element a form control that behaves as a native one (Material Web's
 * `mixinFormAssociated`, Shoelace's `FormControlController`): in any `<form>` with no glue.
 *
 * - `name`, `required`, `disabled` as attributes; `form`, `validity`, `validationMessage`,
 *   `willValidate`, `checkValidity()`, `reportValidity()` as on `<input>`.
 * - The element calls `syncFormControl()` whenever its value changes, synchronously (in a
 *   property setter, not in the next update): `FormData`, validity and `form.checkValidity()`
 *   follow at once. The mixin calls it again after each update (the validity anchor may just
 *   have been rendered) and when `required` or `disabled` change.
 * - Valid unless `required` and empty: a non-required control never blocks its form.
 * - The element overrides the hooks: `formValue()` (null when empty), `formValidity()` (what is
 *   wrong beyond emptiness, in its language, with a focusable anchor), `missingValueMessage()`,
 *   `validityAnchor()`, `formReset()`, `formStateRestore(state)` and `valueAttributeChanged(text)`
 *   (the `value` attribute, as on `<input>`: the value as text).
 *
 * Used by `<rouages-questionnaire>` (the diagnostic as JSON) and meant for `<rouages-plan>`.
 */
export function FormControlMixin<T extends Constructor<LitElement>>(Base: T) {
  class FormControl extends Base {
    /** Lets the browser treat the element as a form control. */
    static formAssociated = true;

    /** The name the value is submitted under, inside a `<form>`. */
    @property({ reflect: true }) name?: string;

    /** The form cannot be submitted while the value is empty. */
    @property({ type: Boolean, reflect: true }) required = false;

    /** Not editable, not submitted, not validated (as a disabled `<input>`); a disabled `<fieldset>` around it does the same. */
    @property({ type: Boolean, reflect: true }) disabled = false;

    /** Disabled by the element's own attribute or by a disabled fieldset (the browser says so). */
    @state() protected formDisabled = false;

    protected readonly internals: ElementInternals;

    // The mixin's constructor passes on whatever the element's takes (Lit's pattern for mixins).
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    constructor(...args: any[]) {
      super(...args);
      this.internals = this.attachInternals();
    }

    /** The form this element belongs to, if any. */
    get form(): HTMLFormElement | null {
      return this.internals.form;
    }

    get validity(): ValidityState {
      this.syncFormControl();
      return this.internals.validity;
    }

    get validationMessage(): string {
      this.syncFormControl();
      return this.internals.validationMessage;
    }

    get willValidate(): boolean {
      return this.internals.willValidate;
    }

    checkValidity(): boolean {
      this.syncFormControl();
      return this.internals.checkValidity();
    }

    reportValidity(): boolean {
      this.syncFormControl();
      return this.internals.reportValidity();
    }

    /** The value submitted with the form; null when empty. Override. */
    protected formValue(): string | File | FormData | null {
      return null;
    }

    /** What is wrong with a non-empty value; null when it is valid. Override when a value can be invalid. */
    protected formValidity(): FormValidity | null {
      return null;
    }

    /** The sentence for a required control left empty, in the element's language. Override. */
    protected missingValueMessage(): string {
      return '';
    }

    /** A focusable control inside the element, for the browser's validity bubble. Override. */
    protected validityAnchor(): HTMLElement | undefined {
      return undefined;
    }

    /** A form reset: back to the default value. Override. */
    protected formReset(): void {}

    /** The browser restores a value (back/forward, autofill). Override. */
    protected formStateRestore(_state: string | File | FormData | null): void {}

    /** The `value` attribute changed (the value as text). Override. */
    protected valueAttributeChanged(_text: string | null): void {}

    /** The element's attributes, and `value`. */
    static get observedAttributes(): string[] {
      // Lit's getter, called for this class (the receiver), so it lists this class's own properties.
      return [...((Reflect.get(Base, 'observedAttributes', this) as string[] | undefined) ?? []), 'value'];
    }

    override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
      if (name === 'value') this.valueAttributeChanged(value);
      else super.attributeChangedCallback(name, old, value);
    }

    /** Hands the value and its validity to the browser, now. Call it whenever the value changes. */
    protected syncFormControl(): void {
      const value = this.formValue();
      this.internals.setFormValue(value, value);
      const invalid = value === null ? (this.required ? { flags: { valueMissing: true }, message: this.missingValueMessage(), anchor: this.validityAnchor() } : null) : this.formValidity();
      if (!invalid) this.internals.setValidity({});
      else if (invalid.anchor) this.internals.setValidity(invalid.flags, invalid.message, invalid.anchor);
      else this.internals.setValidity(invalid.flags, invalid.message);
    }

    override updated(changed: PropertyValues): void {
      super.updated(changed);
      this.syncFormControl();
    }

    formDisabledCallback(disabled: boolean): void {
      this.formDisabled = disabled;
    }

    formResetCallback(): void {
      this.formReset();
      this.syncFormControl();
    }

    formStateRestoreCallback(state: string | File | FormData | null): void {
      this.formStateRestore(state);
      this.syncFormControl();
    }
  }
  return FormControl as unknown as Constructor<FormControlMembers> & T & { formAssociated: boolean };
}
