// See https://svelte.dev/docs/kit/types#app.d.ts
import type { Api } from '$lib/server/api';
import type { ApiAuth } from '@tandem/web-kit/api-auth';
import type { FrontEndSite } from '@tandem/web-kit/site';
import type { StoredEvent } from '$lib/server/page-cache/page-store';
import type { VisitorState } from '$lib/server/visitor';
import type { SignedInCustomer } from '$lib/shop-types';

declare global {
  namespace App {
    interface Locals {
      /** The typed tRPC client for this request (the only way the storefront reaches the API). */
      api: Api;
      /** The tokens `api` sends; the cookie helpers in `$lib/server/cookies` keep both in step. */
      auth: ApiAuth;
      /** The signed-in customer, resolved once per request from the session cookie. */
      customer: SignedInCustomer | null;
      /** The visitor's tracking choice and, with consent, their first-party visitor id. */
      visitor: VisitorState;
      /** The shop and its configured scheme: which cookie names and security headers apply. */
      site: FrontEndSite;
      /** Set on a render the page cache may keep: behaviour it records, sent again for each visitor served the copy. */
      recordedBehaviour?: StoredEvent[];
    }
  }
}

export {};
