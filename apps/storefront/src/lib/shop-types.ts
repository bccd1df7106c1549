// The shapes of carts, checkout, orders and accounts, taken from the API's router type.
import type { AppRouter, inferRouterOutputs } from '@tandem/api';

type Outputs = inferRouterOutputs<AppRouter>;

export type CartView = Outputs['cart']['get'];
export type CartLine = CartView['lines'][number];
export type CheckoutQuote = Outputs['checkout']['quote'];
export type ShippingOption = CheckoutQuote['shippingOptions'][number];
export type OrderView = Outputs['orders']['byId'];
export type OrderStatus = OrderView['status'];
export type AddressView = Outputs['account']['addresses']['list'][number];
export type CustomerProfile = NonNullable<Outputs['auth']['me']>;

/** The signed-in customer as every request knows them (`locals.customer`). */
export interface SignedInCustomer {
  id: string;
  name: string;
  email: string;
}
export type ConversationView = Outputs['support']['conversation'];
export type CartPricing = Outputs['promotions']['cartPricing'];
