// The checkout context's only public door.
export { placeOrder, placeOrderFrom, type PlaceOrderInput, type OrderRequest } from './place-order.ts';
export { placeGuestOrder, GUEST_ORDER_LIMITS, type GuestOrderInput, type PlacedGuestOrder } from './place-guest-order.ts';
export { createAccountForGuestOrder, claimGuestOrder, type SignUp } from './guest-account.ts';
export { ALREADY_PLACED, type OrderSource } from './order-source.ts';
export { quoteDealLine, type DealLine } from './quote-deal.ts';
export { checkoutSettings, type CheckoutSettings } from './checkout-settings.ts';
export { quoteCart } from './quote.ts';
export { createCheckoutService, type CheckoutService, type CheckoutServiceOptions, type QuoteDestination } from './checkout-service.ts';
export type * from './types.ts';
export { choosePayment, offeredMethods, paymentSettings, DEFAULT_PAYMENT_SETTINGS, type ChosenPayment, type OfferedPaymentMethod, type PaymentSettings } from './payment-methods.ts';
export { createPaymentSettingsAdminService, type PaymentSettingsAdminService, type PaymentSettingsView } from './payment-settings-admin.ts';
export { COLLECT_IN_STORE, collectInStoreMethod, pickupLocationOf as offeredPickupLocation, pickupSettings, DEFAULT_PICKUP_SETTINGS, type PickupSettings } from './collect-in-store.ts';
export { createPickupSettingsAdminService, type PickupSettingsAdminService, type PickupSettingsView } from './pickup-settings-admin.ts';
