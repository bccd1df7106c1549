// `@tandem/payments/stripe`: PaymentIntents + signed webhooks. Constructed by the composition root
// and by tests, never by core.
export { StripePaymentProvider, STRIPE_API_VERSION, type StripePaymentProviderOptions } from './stripe-provider.ts';
