import { VERSION } from './version.js';

/** The version each of our tags was defined by, on this page (shared by every copy of the library). */
const REGISTRY_KEY = Symbol.for('rouages-cooperation.versions');

type Registry = Map<string, string>;

function registry(): Registry {
  const host = globalThis as typeof globalThis & { [REGISTRY_KEY]?: Registry };
  return (host[REGISTRY_KEY] ??= new Map());
}

/**
 * Registers a custom element unless the tag is already taken, as happens when a page loads
 * two copies (or two versions) of this library: the second definition is skipped with one
 * console warning naming both versions, instead of the browser's exception.
 */
export function defineElement(tag: string, constructor: CustomElementConstructor): void {
  const existing = customElements.get(tag);
  if (existing) {
    if (existing !== constructor) {
      const first = registry().get(tag) ?? 'unknown';
      console.warn(`rouages-cooperation: <${tag}> is already defined by version ${first}; this copy (version ${VERSION}) is not registered again.`);
    }
    return;
  }
  customElements.define(tag, constructor);
  registry().set(tag, VERSION);
}
