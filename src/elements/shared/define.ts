import { VERSION } from './version.js';

/** The version each of our tags was defined by, on this page (shared by every copy of the library). */
const REGISTRY_KEY = Symbol.for('rouages-cooperation.versions');

type Registry = Map<string, string>;

function registry(): Registry {
  const host = globalThis as typeof globalThis & { [REGISTRY_KEY]?: Registry };
  return (host[REGISTRY_KEY] ??= new Map());
}

/** Tags this copy found taken, warned about together once the copy has finished loading. */
let skipped: string[] = [];
/**
 * Whether a copy on this page has warned already (shared by every copy, like the registry):
 * on-demand elements load later, one by one, in whichever copy wins each race, and each would
 * otherwise repeat the same warning. Two copies, one warning.
 */
const WARNED_KEY = Symbol.for('rouages-cooperation.warned-twice-loaded');
const host = globalThis as typeof globalThis & { [WARNED_KEY]?: boolean };

/**
 * Registers a custom element unless the tag is already taken, as happens when a page loads
 * two copies (or two versions) of this library: this copy's definitions are skipped with one
 * console warning naming both versions, instead of the browser's exception.
 */
export function defineElement(tag: string, constructor: CustomElementConstructor): void {
  const existing = customElements.get(tag);
  if (!existing) {
    customElements.define(tag, constructor);
    registry().set(tag, VERSION);
    return;
  }
  if (existing === constructor) return;
  if (host[WARNED_KEY]) return;
  if (!skipped.length) {
    queueMicrotask(() => {
      host[WARNED_KEY] = true;
      const first = registry().get(skipped[0]!) ?? 'unknown';
      const tags = skipped.map((t) => `<${t}>`).join(', ');
      console.warn(`rouages-cooperation: ${tags} already defined by version ${first}; this copy (version ${VERSION}) is not registered again.`);
      skipped = [];
    });
  }
  skipped.push(tag);
}
