// Runs `prisma generate` offline. The Prisma CLI tries to download its schema engine before
// every command unless PRISMA_SCHEMA_ENGINE_BINARY names an existing executable; `generate`
// never runs that engine, so any executable will do (see shared/ENVIRONMENT.md).
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const root = path.resolve(fileURLToPath(new URL('../../..', import.meta.url)));
const env = {
  ...process.env,
  PRISMA_SCHEMA_ENGINE_BINARY: process.env.PRISMA_SCHEMA_ENGINE_BINARY ?? process.execPath,
  PRISMA_HIDE_UPDATE_MESSAGE: '1',
  CHECKPOINT_DISABLE: '1',
};
const result = spawnSync('pnpm', ['exec', 'prisma', 'generate', '--schema', path.join(root, 'prisma/schema.prisma')], {
  cwd: path.join(root, 'packages/db'),
  env,
  stdio: 'inherit',
});
process.exit(result.status ?? 1);
