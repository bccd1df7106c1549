// See https://svelte.dev/docs/kit/types#app.d.ts
import type { Api } from '$lib/server/api';
import type { ApiAuth } from '@tandem/web-kit/api-auth';
import type { FrontEndSite } from '@tandem/web-kit/site';
import type { StaffMember } from '$lib/staff';

declare global {
  namespace App {
    interface Locals {
      /** The typed tRPC client for this request (the only way the admin reaches the API). */
      api: Api;
      /** The session token `api` sends (from the admin session cookie). */
      auth: ApiAuth;
      /** The signed-in staff member, resolved once per request; null when signed out. */
      staff: StaffMember | null;
      /** The admin and its configured scheme: which cookie names and security headers apply. */
      site: FrontEndSite;
      /** The request came with a session the API no longer accepts (idle timeout, lifetime, signed out elsewhere). */
      sessionEnded?: boolean;
    }
  }
}

export {};
