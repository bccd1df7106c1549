// Prisma CLI configuration, for machines that have Prisma's native engines (with internet).
// On this project's machines migrations run through `pnpm db:migrate` (WebAssembly engine).
import { defineConfig } from 'prisma/config';

export default defineConfig({
  schema: 'prisma/schema.prisma',
  migrations: { path: 'prisma/migrations' },
  datasource: { url: process.env.DATABASE_URL ?? '' },
});
