// What the storefront may run in the browser: the pure engine and its types, nothing that
// touches a database.
export { evaluateConfiguration } from './engine.ts';
export type * from './types.ts';
