// The carts context's only public door.
export { createCartService, MAX_LINE_QUANTITY, type CartService } from './cart-service.ts';
export { findActiveCart, findActiveCartId, type ActiveCart } from './find-cart.ts';
export { lockAndConvertCart, type CheckoutCart, type LockedCart } from './checkout-cart.ts';
export { readCart, readCartForPricing } from './cart-lines.ts';
export type * from './types.ts';
export { MAX_CONFIGURED_QUANTITY } from './limits.ts';
export { clearCartPromotionCode, setCartPromotionCode } from './promotion-code.ts';
export { deleteCartsOf } from './delete-carts.ts';
