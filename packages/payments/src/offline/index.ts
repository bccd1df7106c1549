// `@tandem/payments/offline`: the embedded provider (no keys; an admin marks orders paid, or demo
// mode pays at once). Constructed by the composition root and by tests, never by core.
export { OfflinePaymentProvider, type OfflinePaymentProviderOptions } from './offline-provider.ts';
export { MemoryOfflinePaymentStore, type OfflinePayment, type OfflinePaymentStore, type OfflineRefund } from './offline-store.ts';
