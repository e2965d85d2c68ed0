import { LitElement, html, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ContextConsumer } from '@lit/context';
import type { Framework } from '../../sdk/api.js';
import { pendingContextRequests, rouagesContext, type RouagesState } from './context.js';
import { builtInFramework, loadBuiltInFramework } from './frameworks.js';
import { stringsFor, uiLocale, type Strings } from './i18n.js';
import { createReaders } from './inputs.js';
import { dispatchRouagesEvent, type EmitInit } from './events.js';

/** Elements without a `locale` follow the page's language: they re-render when `<html lang>` changes. */
const following = new Set<RouagesElement>();
let langObserver: MutationObserver | undefined;

function followPageLanguage(element: RouagesElement, follow: boolean) {
  if (follow) following.add(element);
  else following.delete(element);
  if (!langObserver && following.size && typeof MutationObserver !== 'undefined') {
    langObserver = new MutationObserver(() => following.forEach((el) => el.requestUpdate()));
    langObserver.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
  }
}

/** The nearest `lang` attribute, crossing shadow roots (an element may live inside another one). */
function nearestLang(start: Element): string | undefined {
  let node: Node | null = start;
  while (node) {
    if (node instanceof Element && node.hasAttribute('lang')) return node.getAttribute('lang') ?? undefined;
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  return undefined;
}

/** Whether `tag` is a non-empty, well-formed BCP 47 language tag (`Intl` accepts it). */
function wellFormed(tag: string | undefined): tag is string {
  if (!tag) return false;
  let ok = checkedTags.get(tag);
  if (ok === undefined) {
    try {
      ok = Intl.getCanonicalLocales(tag).length === 1;
    } catch {
      ok = false;
    }
    if (checkedTags.size < 64) checkedTags.set(tag, ok);
  }
  return ok;
}
const checkedTags = new Map<string, boolean>();

/**
 * What every rouages element shares: its language, the provider's state, the framework it
 * shows, typed events that cross shadow roots, and memoized readers of its inputs.
 */
export class RouagesElement extends LitElement {
  /** Whether instances read a surrounding `<rouages-provider>`. */
  protected static consumesContext = true;

  /**
   * The language, `fr` (default) or `en`. When absent: the provider's, else the nearest
   * `lang` attribute (of the page, usually).
   */
  @property({ reflect: true }) locale?: string;

  /** A framework that passes `parseFramework` (object or JSON); the built-in one of the language otherwise. */
  @property({ attribute: false }) framework?: Framework | string;

  /** The surrounding provider's state, if any. */
  @state() protected context?: RouagesState;

  @state() private frameworkLoads = 0;

  protected readonly read = createReaders();

  constructor() {
    super();
    if ((this.constructor as typeof RouagesElement).consumesContext) {
      new ContextConsumer(this, {
        context: rouagesContext,
        subscribe: true,
        callback: (value) => {
          this.context = value;
        },
      });
    }
  }

  override connectedCallback(): void {
    // Listening before this element asks: a provider whose module runs later answers then.
    pendingContextRequests();
    super.connectedCallback();
    followPageLanguage(this, true);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    pendingContextRequests()?.forget(this);
    followPageLanguage(this, false);
  }

  /**
   * The language in effect: the first well-formed language tag of this element's `locale`, the
   * provider's, the nearest `lang`; French otherwise. A malformed tag (`lang="not a language"`)
   * is skipped, since `Intl` would throw on it; an unknown one (`xx`) reads in French.
   */
  protected get activeLocale(): string {
    return [this.locale, this.context?.locale, nearestLang(this)].find(wellFormed) ?? 'fr';
  }

  protected get strings(): Strings {
    return stringsFor(this.activeLocale);
  }

  /**
   * The framework in effect: this element's own, else the provider's when it speaks this
   * element's language, else the built-in one of the language (loaded on first use: `loading`
   * meanwhile). An element whose `locale` differs from its provider's framework (`locale="en"`
   * inside a French provider) thus never mixes languages: its words and its framework's titles,
   * statuses and levels are all of its own language.
   */
  protected resolveFramework(): { framework: Framework; error?: undefined; loading?: undefined } | { framework?: undefined; error?: string; loading?: boolean } {
    const own = this.read.framework(this.framework, this.activeLocale);
    if (own?.error) return { error: this.strings.badFramework(own.error) };
    if (own?.value) return { framework: own.value };
    const shared = this.context?.framework;
    if (shared && uiLocale(shared.locale) === uiLocale(this.activeLocale)) return { framework: shared };
    const builtIn = builtInFramework(this.activeLocale);
    if (builtIn) return { framework: builtIn };
    void loadBuiltInFramework(this.activeLocale).then(() => this.frameworkLoads++);
    return { loading: true };
  }

  /** What an element shows while its framework loads, or when the one given could not be read. */
  protected renderUnresolved(resolved: { error?: string }): TemplateResult {
    // While loading, `.root.loading` lets each element's styles reserve the size of its result.
    return html`<div class="root ${resolved.error ? '' : 'loading'}" part="base">
      ${resolved.error ? html`<p class="message" part="message" role="alert">${resolved.error}</p>` : html`<p class="message" part="message">${this.strings.loading}</p>`}
    </div>`;
  }

  /**
   * Dispatches a typed event that bubbles out of shadow roots (and its deprecated old name, if
   * any: see shared/events.ts); returns false when a listener called preventDefault.
   */
  protected emit<K extends keyof HTMLElementEventMap>(
    name: K,
    detail: HTMLElementEventMap[K] extends CustomEvent<infer D> ? D : never,
    init: EmitInit = {},
  ): boolean {
    return dispatchRouagesEvent(this, name, detail, init);
  }
}
