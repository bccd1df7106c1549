import { describe, expect, it } from 'vitest';
import { openDatabase } from './client.ts';

describe('openDatabase on embedded PGlite', () => {
  it.each([
    { asked: undefined, expected: '16MB', why: 'a small shared_buffers by default, not PGlite’s 160 MB' },
    { asked: '32MB', expected: '32MB', why: 'the size asked for (PGLITE_SHARED_BUFFERS)' },
  ])('runs with $why', async ({ asked, expected }) => {
    const db = await openDatabase({ dataDir: 'memory://', pgliteSharedBuffers: asked });
    try {
      const [row] = await db.prisma.$queryRaw<{ shared_buffers: string }[]>`SHOW shared_buffers`;
      expect(row?.shared_buffers).toBe(expected);
    } finally {
      await db.close();
    }
  });
});
