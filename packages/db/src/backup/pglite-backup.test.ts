import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { afterAll, describe, expect, it } from 'vitest';
import { dumpPglite, restorePglite } from './pglite-backup.ts';

const dirs: string[] = [];
const tempDir = async () => {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'tandem-backup-'));
  dirs.push(dir);
  return dir;
};
afterAll(() => Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true }))));

describe('embedded database backups', () => {
  it('restore a dump into an empty folder with the rows it held', async () => {
    const work = await tempDir();
    const source = path.join(work, 'source');
    const db = await PGlite.create(source);
    await db.exec(`CREATE TABLE saddle (id int PRIMARY KEY, title text); INSERT INTO saddle VALUES (1, 'Race saddle'), (2, 'Touring saddle');`);
    await db.close();
    const file = path.join(work, 'backups', 'shop.tar.gz');
    expect(await dumpPglite(source, file)).toBeGreaterThan(1_000);
    const restored = path.join(work, 'restored');
    await restorePglite(file, restored);
    const copy = await PGlite.create(restored);
    expect((await copy.query<{ title: string }>('SELECT title FROM saddle ORDER BY id')).rows.map((r) => r.title)).toEqual(['Race saddle', 'Touring saddle']);
    await copy.close();
  }, 240_000);

  it('never restores over a folder that holds anything, nor dumps a folder without a database', async () => {
    const work = await tempDir();
    await writeFile(path.join(work, 'keep.txt'), 'data');
    await expect(restorePglite(path.join(work, 'any.tar.gz'), work)).rejects.toThrow(/is not empty/);
    await expect(dumpPglite(path.join(work, 'nothing'), path.join(work, 'x.tar.gz'))).rejects.toThrow(/holds no PGlite database/);
  });
});
