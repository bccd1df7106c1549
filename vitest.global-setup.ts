// The apps' tsconfig.json extends .svelte-kit/tsconfig.json, which only `svelte-kit sync` writes
// (their lint and typecheck scripts run it). A test run must not depend on those having run in
// this checkout — a Turborepo cache hit replays them without running them — so sync here.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';

const SVELTEKIT_APPS = ['apps/storefront', 'apps/admin'];

export default function syncSvelteKitApps(): void {
  for (const app of SVELTEKIT_APPS) {
    const dir = path.join(import.meta.dirname, app);
    if (!existsSync(path.join(dir, '.svelte-kit', 'tsconfig.json'))) {
      execFileSync('pnpm', ['exec', 'svelte-kit', 'sync'], { cwd: dir, stdio: 'inherit' });
    }
  }
}
