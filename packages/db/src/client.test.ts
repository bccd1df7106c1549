import { describe, expect, it } from 'vitest';
import { openDatabase } from './client.ts';

describe('openDatabase on embedded PGlite', () => {
  it('runs with a small shared_buffers, not PGlite’s 160 MB default', async () => {
    const db = await openDatabase({ dataDir: 'memory://' });
    try {
      const [row] = await db.prisma.$queryRaw<{ shared_buffers: string }[]>`SHOW shared_buffers`;
      expect(row?.shared_buffers).toBe('16MB');
    } finally {
      await db.close();
    }
  });
});
