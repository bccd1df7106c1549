export * from './catalog.ts';
export * from './cart.ts';
export * from './accounts.ts';
export * from './checkout.ts';
export * from './pricing.ts';
