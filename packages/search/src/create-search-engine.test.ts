import type { PrismaClient } from '@tandem/db';
import { describe, expect, it } from 'vitest';
import { createSearchEngine } from './create-search-engine.ts';

const prisma = {} as PrismaClient;

describe('createSearchEngine', () => {
  it('uses PostgreSQL full-text search when no Meilisearch URL is set', () => {
    expect(createSearchEngine({}, prisma).name).toBe('postgres');
    expect(createSearchEngine({ MEILISEARCH_URL: '' }, prisma).name).toBe('postgres');
  });
  it('uses Meilisearch when its URL is set', () => {
    expect(createSearchEngine({ MEILISEARCH_URL: 'http://127.0.0.1:7700', MEILISEARCH_API_KEY: 'key' }, prisma).name).toBe('meilisearch');
  });
  it('refuses an invalid URL with a readable message', () => {
    expect(() => createSearchEngine({ MEILISEARCH_URL: 'not a url' }, prisma)).toThrow(/MEILISEARCH_URL must be the URL of a Meilisearch server/);
  });
});
