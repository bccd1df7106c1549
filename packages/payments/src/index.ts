export type { PaymentProvider, ManualSettlement } from './port.ts';
export { supportsManualSettlement } from './port.ts';
export * from './types.ts';
export * from './errors.ts';
export { createPaymentProvider } from './create-payment-provider.ts';
export { parsePaymentsEnv, type PaymentsEnv } from './env.ts';
export { OfflinePaymentProvider, type OfflinePaymentProviderOptions } from './offline/offline-provider.ts';
export { MemoryOfflinePaymentStore, type OfflinePayment, type OfflinePaymentStore, type OfflineRefund } from './offline/offline-store.ts';
export { StripePaymentProvider, STRIPE_API_VERSION, type StripePaymentProviderOptions } from './stripe/stripe-provider.ts';
