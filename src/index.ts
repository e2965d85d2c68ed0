/**
 * rouages-cooperation: the SDK and, once imported, the custom elements.
 * Importing this module registers every element; import `rouages-cooperation/sdk` for the SDK alone.
 */
export * from './sdk/index.js';
