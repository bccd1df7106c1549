// Lets a plain test import an app's server modules (hooks.server.ts and what it uses) without
// SvelteKit's Vite plugin, which reads svelte.config.js from the working directory and so cannot
// serve two apps in one run: `$lib/…` is the importing app's own src/lib, and
// `$env/dynamic/private` is `process.env`, which is what adapter-node hands the app at run time.
import path from 'node:path';
import type { Plugin } from 'vitest/config';

const DYNAMIC_PRIVATE_ENV = '\0tandem:env-dynamic-private';

/** The Vite plugin resolving `$lib` and `$env/dynamic/private` for the apps under apps/. */
export function svelteKitAliases(): Plugin {
  return {
    name: 'tandem:sveltekit-aliases',
    enforce: 'pre',
    async resolveId(id, importer) {
      if (id === '$env/dynamic/private') return DYNAMIC_PRIVATE_ENV;
      if ((id !== '$lib' && !id.startsWith('$lib/')) || !importer) return null;
      const app = /[/\\]apps[/\\]([^/\\]+)[/\\]/.exec(importer)?.[1];
      if (!app) return null;
      return this.resolve(path.join(import.meta.dirname, 'apps', app, 'src', 'lib', id.slice('$lib'.length)), importer, { skipSelf: true });
    },
    load(id) {
      return id === DYNAMIC_PRIVATE_ENV ? 'export const env = process.env;' : null;
    },
  };
}
