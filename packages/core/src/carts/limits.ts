/** Most units of one configuration a cart may hold (each is built to order). */
export const MAX_CONFIGURED_QUANTITY = 20;
