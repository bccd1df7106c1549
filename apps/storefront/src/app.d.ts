// See https://svelte.dev/docs/kit/types#app.d.ts
import type { Api } from '$lib/server/api';

declare global {
  namespace App {
    interface Locals {
      /** The typed tRPC client for this request (the only way the storefront reaches the API). */
      api: Api;
    }
  }
}

export {};
