import { ContextRoot } from '@lit/context';
import { defineElement } from '../shared/define.js';
import { RouagesProvider } from './rouages-provider.js';

// Elements defined before their provider (or upgraded in another order) ask for its state
// before it can answer; a context root replays those requests once the provider is there.
const ROOT_KEY = Symbol.for('rouages-cooperation.context-root');
const host = globalThis as typeof globalThis & { [ROOT_KEY]?: boolean };
if (!host[ROOT_KEY] && typeof document !== 'undefined') {
  host[ROOT_KEY] = true;
  new ContextRoot().attach(document.documentElement);
}

defineElement('rouages-provider', RouagesProvider);

declare global {
  interface HTMLElementTagNameMap {
    'rouages-provider': RouagesProvider;
  }
}
