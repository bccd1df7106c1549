// The checkout context's only public door.
export { placeOrder, type PlaceOrderInput } from './place-order.ts';
export { quoteCart } from './quote.ts';
export { paymentStateOf } from './payment-state.ts';
export { shippingOptions, type ShippingOption } from './shipping-rates.ts';
export { cheapestShipping, type ShippedItem } from './store-shipping.ts';
export { taxOf } from './tax.ts';
export type * from './types.ts';
