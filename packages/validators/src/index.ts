export * from './catalog.ts';
export * from './cart.ts';
export * from './accounts.ts';
export * from './checkout.ts';
export * from './support.ts';
export * from './personalization.ts';
export * from './configurator.ts';
export * from './offers.ts';
