import { defineElement } from '../shared/define.js';
import { RouagesProvider } from './rouages-provider.js';

// Elements connected before their provider (whatever the order in which modules run or tags
// upgrade) join it when it connects: see `pendingContextRequests` in ../shared/context.ts.
defineElement('rouages-provider', RouagesProvider);

declare global {
  interface HTMLElementTagNameMap {
    'rouages-provider': RouagesProvider;
  }
}
