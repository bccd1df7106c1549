// `pnpm db:migrate` applies pending migrations to the configured database;
// `pnpm db:migrate:new <name>` writes a migration for what schema.prisma changed.
import { openDatabase } from '../client.ts';
import { applyPendingMigrations, createMigration } from '../migrate/migrations.ts';

const [command, name] = process.argv.slice(2);

if (command === 'new') {
  if (!name) {
    console.error('Usage: pnpm db:migrate:new <name>');
    process.exit(1);
  }
  const created = await createMigration(name);
  console.log(created ? `Created prisma/migrations/${created.folder}/migration.sql` : 'schema.prisma matches the migrations: nothing to do.');
} else {
  const db = await openDatabase({ url: process.env.DATABASE_URL });
  try {
    const applied = await applyPendingMigrations(db.adapterFactory);
    console.log(applied.length ? `Applied ${applied.length} migration(s): ${applied.join(', ')}` : 'Database is up to date.');
  } finally {
    await db.close();
  }
}
