// `@tandem/payments/from-env`: picks an adapter from the environment, for the composition root.
export { createPaymentProvider, createPaymentProviders } from './create-payment-provider.ts';
export { parsePaymentsEnv, type PaymentsEnv } from './env.ts';
