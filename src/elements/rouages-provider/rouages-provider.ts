import { css, html, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { ContextProvider } from '@lit/context';
import type { Diagnostic } from '../../sdk/api.js';
import { RouagesElement } from '../shared/rouages-element.js';
import { rouagesContext, type RouagesState } from '../shared/context.js';
import { memoize, readDiagnostic, readDiagnostics, type DiagnosticInput, type DiagnosticsInput } from '../shared/inputs.js';

/**
 * @summary Holds one diagnostic (and optionally an earlier one, or a group's) and hands it to every rouages element inside it, so that they work together with no script.
 *
 * @slot - The rouages elements (and anything else) that share this provider's state.
 *
 * @event rouages-provider-change - The provider's diagnostic was replaced by an element inside it (the questionnaire); `detail: { diagnostic }`.
 */
export class RouagesProvider extends RouagesElement {
  static override styles = css`
    :host {
      display: contents;
    }
  `;

  protected static override consumesContext = false;

  /** The diagnostic the elements inside show and edit (object or JSON). */
  @property({ attribute: false }) diagnostic?: DiagnosticInput;

  /** An earlier diagnostic of the same project, for comparison. */
  @property({ attribute: false }) compare?: DiagnosticInput;

  /** Several diagnostics of one project, for the collective view (a list, or its JSON). A report inside adds the files a person drops to it. */
  @property({ attribute: false }) diagnostics?: DiagnosticsInput;

  /** The selected rouage's id, shared by the elements inside (a wheel's choice shows in a card). */
  @property({ reflect: true }) selected?: string;

  private readonly provider = new ContextProvider(this, { context: rouagesContext });

  // The inputs are read here once for every element inside (one memo each, so they never evict each other).
  private readonly readDiagnostic = memoize(readDiagnostic);
  private readonly readCompare = memoize(readDiagnostic);
  private readonly readGroup = memoize(readDiagnostics);

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const resolved = this.resolveFramework();
    const state: RouagesState = {
      framework: resolved.framework,
      locale: this.locale,
      diagnostic: this.diagnostic,
      compare: this.compare,
      diagnostics: this.diagnostics,
      parsed: resolved.framework
        ? {
            framework: resolved.framework,
            diagnostic: this.readDiagnostic(this.diagnostic, resolved.framework, this.activeLocale),
            compare: this.readCompare(this.compare, resolved.framework, this.activeLocale),
            diagnostics: this.readGroup(this.diagnostics, resolved.framework, this.activeLocale),
          }
        : undefined,
      selected: this.selected ?? null,
      setDiagnostic: (diagnostic: Diagnostic) => {
        this.diagnostic = diagnostic;
        this.emit('rouages-provider-change', { diagnostic });
      },
      setDiagnostics: (diagnostics: Diagnostic[]) => {
        this.diagnostics = diagnostics;
      },
      select: (id: string | null) => {
        this.selected = id ?? undefined;
      },
    };
    this.provider.setValue(state);
  }

  override render() {
    return html`<slot></slot>`;
  }
}

declare global {
  interface HTMLElementEventMap {
    'rouages-provider-change': CustomEvent<{ diagnostic: Diagnostic }>;
  }
}
