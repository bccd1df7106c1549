// Which front end answers a request and whether browsers reach it over HTTPS. The scheme comes
// from the app's configured public origin (adapter-node's ORIGIN, the shop's PUBLIC_STORE_URL),
// never from a request header: HSTS and `__Host-` cookie names must not follow what a client
// (or a proxy that forwards anything) claims.

/** The two SvelteKit apps: each gets its own cookie names and framing rules. */
export type FrontEnd = 'shop' | 'admin';

/** How one front end is served, decided from configuration. */
export interface FrontEndSite {
  app: FrontEnd;
  /** True when the configured public origin is `https:`. */
  https: boolean;
}

/**
 * The site of `app` for its configured public origin; none configured (local dev) or one that
 * does not parse means plain HTTP.
 *
 * @example frontEndSite('shop', env.PUBLIC_STORE_URL || env.ORIGIN) // { app: 'shop', https: true }
 */
export function frontEndSite(app: FrontEnd, configuredOrigin: string | undefined): FrontEndSite {
  const https = !!configuredOrigin && URL.canParse(configuredOrigin) && new URL(configuredOrigin).protocol === 'https:';
  return { app, https };
}
