// The pricing context's only public door.
export { priceCart } from './price-cart.ts';
export { formatMoney } from './format-money.ts';
export type * from './types.ts';
