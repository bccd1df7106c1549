// The apps' tsconfig.json extends .svelte-kit/tsconfig.json, which only `svelte-kit sync` writes
// (their lint and typecheck scripts run it). A test run must not depend on those having run in
// this checkout — a Turborepo cache hit replays them without running them — so sync here.
// It also makes the migrated PGlite template once (packages/db/src/template), so each test file's
// in-memory database is loaded from it instead of running initdb and every migration.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { buildTemplate } from './packages/db/src/template/migrated-template.ts';

const SVELTEKIT_APPS = ['apps/storefront', 'apps/admin'];

export default async function setup(): Promise<void> {
  syncSvelteKitApps();
  // On PostgreSQL (TEST_DATABASE_URL) every test database is migrated on the server instead.
  if (!process.env.TEST_DATABASE_URL) await buildTemplate();
}

function syncSvelteKitApps(): void {
  for (const app of SVELTEKIT_APPS) {
    const dir = path.join(import.meta.dirname, app);
    if (!existsSync(path.join(dir, '.svelte-kit', 'tsconfig.json'))) {
      execFileSync('pnpm', ['exec', 'svelte-kit', 'sync'], { cwd: dir, stdio: 'inherit' });
    }
  }
}
