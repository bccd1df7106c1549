// The carts context's only public door.
export { createCartService, MAX_LINE_QUANTITY, type CartService } from './cart-service.ts';
export { findActiveCartId } from './find-cart.ts';
export { lockCartForCheckout, convertCart, type CheckoutCart } from './checkout-cart.ts';
export { readCart } from './cart-lines.ts';
export type * from './types.ts';
export { MAX_CONFIGURED_QUANTITY } from './limits.ts';
export { clearCartPromotionCode, setCartPromotionCode } from './promotion-code.ts';
export { deleteCartsOf } from './delete-carts.ts';
