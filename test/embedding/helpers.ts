/**
 * Opening the embedding test pages in an iframe of the test page, and what the tests read there.
 * Each page flags `window.__ready` once set up; probe.js (run first in each) records CSP
 * violations, errors and warnings in `window.__probe`.
 */
export interface Probe {
  violations: string[];
  errors: string[];
  warnings: string[];
  submits: Record<string, string>[];
}
export type PageWindow = Window & { __ready?: boolean; __probe: Probe };
export interface OpenedPage {
  frame: HTMLIFrameElement;
  win: PageWindow;
  doc: Document;
}

/** Opens `path` in an iframe `width` px wide and waits until the page says it is ready. */
export async function openPath(path: string, width = 780, height = 1400): Promise<OpenedPage> {
  const frame = document.createElement('iframe');
  frame.style.width = `${width}px`;
  frame.style.height = `${height}px`;
  frame.style.border = '0';
  frame.src = path;
  document.body.append(frame);
  const win = () => frame.contentWindow as PageWindow;
  const start = Date.now();
  while (!win()?.__ready) {
    // A safety net against a page that never gets ready (the test's own timeout would say less).
    if (Date.now() - start > 30000) throw new Error(`${path} did not get ready: ${JSON.stringify(win()?.__probe)}`);
    await new Promise((r) => setTimeout(r, 20));
  }
  return { frame, win: win(), doc: frame.contentDocument! };
}

export const shadow = (doc: Document | ShadowRoot, selector: string): ShadowRoot => doc.querySelector(selector)!.shadowRoot!;

/** Waits until `check` holds, polling each animation frame; fails with `message` after `timeout` ms. */
export async function until(check: () => boolean, message: string, timeout = 5000): Promise<void> {
  const start = Date.now();
  while (!check()) {
    if (Date.now() - start > timeout) throw new Error(`timed out: ${message}`);
    await new Promise((r) => requestAnimationFrame(r));
  }
}
