import { createTestDatabase } from '@tandem/db/testing';
import { searchEngineContract } from '../contract/search-engine.contract.ts';
import { PostgresSearchEngine } from './postgres-engine.ts';

searchEngineContract(
  `postgres (${process.env.TEST_DATABASE_URL ? 'PostgreSQL' : 'PGlite'})`,
  async () => {
    const db = await createTestDatabase();
    return { engine: new PostgresSearchEngine(db.prisma), dispose: () => db.close() };
  },
  { didYouMean: true },
);
