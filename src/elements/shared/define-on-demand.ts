/**
 * Loads an element's code the first time its tag appears in the page, so that a page pays
 * only for the elements it uses: the CDN file defines the wheel, the card and the provider at
 * once, and fetches the questionnaire and the report (files next to it) when a page has them.
 * Tags inside other components' shadow roots are not seen: such pages import the element.
 */
export function defineOnDemand(tag: string, load: () => Promise<unknown>): void {
  if (typeof document === 'undefined' || customElements.get(tag)) return;
  let observer: MutationObserver | undefined;
  const start = () => {
    observer?.disconnect();
    load().catch((error: unknown) => console.error(`rouages-cooperation: <${tag}> could not be loaded.`, error));
  };
  if (document.querySelector(tag)) {
    start();
    return;
  }
  observer = new MutationObserver(() => {
    if (document.querySelector(tag)) start();
  });
  observer.observe(document, { childList: true, subtree: true });
}
