// The cookie names the apps use in this run. The e2e apps are served over plain http, so the
// names carry no `__Host-` prefix; web-kit's `cookieName` is where they are decided.

/** The storefront's cookies: the shopper's session, anonymous cart, referral, tracking choice and id. */
export const SHOP_COOKIE = {
  session: 'tandem_shop_session',
  cart: 'tandem_shop_cart',
  ref: 'tandem_shop_ref',
  consent: 'tandem_shop_consent',
  visitor: 'tandem_shop_visitor',
} as const;

/** The admin's session cookie. */
export const ADMIN_SESSION_COOKIE = 'tandem_admin_session';
