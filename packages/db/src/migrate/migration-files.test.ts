import { describe, expect, it } from 'vitest';
import { migrationFolderName } from './migration-files.ts';

describe('migrationFolderName', () => {
  it('prefixes a UTC timestamp and snake-cases the name, as prisma migrate dev does', () => {
    expect(migrationFolderName('Add product reviews!', new Date('2026-03-04T05:06:07Z'))).toBe('20260304050607_add_product_reviews');
  });

  it('rejects a name with no letters or digits', () => {
    expect(() => migrationFolderName(' -- ')).toThrow(/needs a name/);
  });
});
