import { html, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { ViewContext } from './views/context.js';
import { renderNav } from './views/rouage-step.js';

type ResultsModule = typeof import('./views/results.js');

/** How long after a person reaches a step the results' code is fetched, in milliseconds: out of the way of the step's own render. */
export const PRELOAD_DELAY = 1000;

/**
 * The results page of `<rouages-questionnaire>` (the wheel, the table, the next gears, exports,
 * sharing, sending) is a file of its own (views/results.ts, with the SDK's `recommend`, the CSV
 * and the plan's words): a page that shows the questionnaire does not wait for it. It is fetched
 * a moment after the person reaches a step ({@link PRELOAD_DELAY}, when the page is idle), so it
 * is there when they open the results; if they get there first, the list of rouages stays and
 * the step says it is loading until it arrives (the element's `updateComplete` waits for it).
 */
export class ResultsLoader implements ReactiveController {
  /** How the results' code is fetched (replaced in tests, to fetch it as a lost connection would). */
  static importResults: () => Promise<ResultsModule> = () => import('./views/results.js');

  private module?: ResultsModule;
  /** The last fetch failed (offline, the server gone): said on the results step, which offers to try again, instead of loading forever. */
  private failed = false;
  private loading?: Promise<void>;
  private timer?: ReturnType<typeof setTimeout>;

  constructor(private readonly host: ReactiveControllerHost & { isConnected: boolean }) {
    host.addController(this);
  }

  /** The results' code, once here. */
  get loaded(): ResultsModule | undefined {
    return this.module;
  }

  /** Resolves once the results' code being fetched is here (at once when nothing is being fetched). */
  get pending(): Promise<void> | undefined {
    return this.module ? undefined : this.loading;
  }

  /** Fetches the results' code now (once); the host renders again when it is here. */
  load(): Promise<void> {
    clearTimeout(this.timer);
    // After a failure, only the person's "try again" fetches again (no loop of requests while offline).
    if (this.failed) return Promise.resolve();
    return (this.loading ??= ResultsLoader.importResults().then(
      (module) => {
        this.module = module;
        this.host.requestUpdate();
      },
      () => {
        // Not fetched (offline): the step says so and offers to try again.
        this.loading = undefined;
        this.failed = true;
        this.host.requestUpdate();
      },
    ));
  }

  /** The person asks again after a failed fetch. */
  private retry = (): void => {
    this.failed = false;
    void this.load();
    this.host.requestUpdate();
  };

  /** After each render: schedules the fetch once a diagnostic is being filled in. */
  preloadSoon(): void {
    if (this.module || this.loading || this.failed || this.timer !== undefined) return;
    this.timer = setTimeout(() => {
      const idle = globalThis.requestIdleCallback ?? ((run: () => void) => setTimeout(run, 0));
      idle(() => {
        if (this.host.isConnected) void this.load();
        this.timer = undefined;
      });
    }, PRELOAD_DELAY);
  }

  hostDisconnected(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
  }

  /** The results page, or, while its code arrives, the list of rouages and a loading step. */
  render(v: ViewContext): TemplateResult {
    if (this.module) return this.module.renderResults(v, renderNav(v));
    if (this.failed)
      return html`<div class="layout">
        ${renderNav(v)}
        <section class="step results" part="step">
          <p role="alert">${v.s.resultsLoadFailed}</p>
          <div class="buttons"><button type="button" part="button primary" class="primary" @click=${this.retry}>${v.s.retry}</button></div>
        </section>
      </div>`;
    return html`<div class="layout">
      ${renderNav(v)}
      <section class="step results" part="step" aria-busy="true"><p role="status">${v.s.loading}</p></section>
    </div>`;
  }
}
