// How a procedure joins the REST surface: `rest(...)` builds the OpenAPI meta trpc-to-openapi
// reads (method, path under /rest/v1, summary, tag) plus who may call it, which the document
// turns into the operation's security and the REST host into nothing new: the procedure's own
// middleware still checks the session or partner key, exactly as over tRPC.
import type { OpenApiMeta, OpenApiMethod } from 'trpc-to-openapi';

/** Every REST path starts here; a breaking change would get /rest/v2 beside it. */
export const REST_PREFIX = '/rest/v1';

/**
 * Who may call an operation, as the document says it:
 * - `public`: anyone;
 * - `shopper`: anyone, with the shopper's session (`Authorization: Bearer …`) or anonymous cart
 *   (`X-Cart-Token`) when they have one;
 * - `customer`: a signed-in shopper's session;
 * - `partner-key`: a partner site's API key (`X-Partner-Key: tpk_…` or `Authorization: Bearer tpk_…`);
 * - `partner-session`: an approved partner's own session (the partner portal).
 */
export type RestAccess = 'public' | 'shopper' | 'customer' | 'partner-key' | 'partner-session';

/** The REST part of a procedure's meta. */
export type RestMeta = OpenApiMeta<{ restAccess?: RestAccess }>;

export interface RestOptions {
  /** Groups operations in the document and on the docs page. */
  tag: string;
  summary: string;
  description?: string;
  access?: RestAccess;
}

/**
 * The meta that publishes a procedure at `REST_PREFIX + path`.
 *
 * @example
 * publicProcedure.meta(rest('GET', '/catalog/products/{slug}', { tag: 'Catalog', summary: 'A product by its slug' }))
 */
export function rest(method: OpenApiMethod, path: `/${string}`, { tag, summary, description, access = 'public' }: RestOptions): RestMeta {
  return {
    restAccess: access,
    openapi: {
      method,
      path: `${REST_PREFIX}${path}`,
      tags: [tag],
      summary,
      ...(description ? { description } : {}),
      protect: access !== 'public',
    },
  };
}
