// The payments port: what core depends on (the PaymentProvider interface, its types, errors and
// the manual-settlement check). No adapter is reachable from here: the composition root picks one
// from `@tandem/payments/from-env`, `/offline` or `/stripe` and hands it to core.
export type { PaymentProvider, ManualSettlement, PaymentProviders } from './port.ts';
export { providersOf, supportsManualSettlement } from './port.ts';
export * from './types.ts';
export * from './errors.ts';
