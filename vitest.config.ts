// One Vitest run for the whole repository. `*.test.ts` are pure tests; `*.db.test.ts` need a
// database (in-memory PGlite by default; TEST_DATABASE_URL runs them on a PostgreSQL server).
import { defineConfig } from 'vitest/config';
import { svelteKitAliases } from './vitest.sveltekit-aliases.ts';

export default defineConfig({
  plugins: [svelteKitAliases()],
  test: {
    include: ['{apps,packages,bench}/**/*.test.ts'],
    exclude: ['**/node_modules/**', '**/architecture/fixtures/**', '**/build/**', '**/.svelte-kit/**', 'e2e/**'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
    globalSetup: ['./vitest.global-setup.ts'],
    // The API's access lines (one per request) would bury the test output; failures still show.
    env: { LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn' },
  },
});
