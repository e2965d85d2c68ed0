import { framework as french, type Framework } from '../../sdk/api.js';
import { uiLocale, type UiLocale } from './i18n.js';

/**
 * The built-in framework of each language. French ships in the bundle; English (with the
 * elements' English words and the SDK's English messages) is fetched the first time a page
 * asks for it, a separate file next to the bundle, so French pages never pay for it.
 */
const loaded: Partial<Record<UiLocale, Framework>> = { fr: french };
const pending: Partial<Record<UiLocale, Promise<Framework>>> = {};

/** The framework of a locale if it is loaded; undefined while it loads. */
export function builtInFramework(locale: string | undefined | null): Framework | undefined {
  return loaded[uiLocale(locale)];
}

/** Loads the framework of a locale (at most once). */
export function loadBuiltInFramework(locale: string | undefined | null): Promise<Framework> {
  const key = uiLocale(locale);
  const ready = loaded[key];
  if (ready) return Promise.resolve(ready);
  return (pending[key] ??= import('./locale-en.js').then((module) => {
    loaded[key] = module.framework;
    return module.framework;
  }));
}
