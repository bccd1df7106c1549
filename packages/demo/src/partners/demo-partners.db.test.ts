import { mkdtemp, readdir } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { verifyPassword } from '@tandem/core/accounts';
import { createTestDatabase, makeCategory, type TestDatabase } from '@tandem/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PARTNER_PASSWORD, ensureDemoPartners } from './demo-partners.ts';

let db: TestDatabase;
const cost = { N: 1024, r: 8, p: 1 };

beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(() => db.close());

describe('demo partners', () => {
  it('creates two approved partners, the jersey shop\'s shared items and one application, once', async () => {
    await makeCategory(db.prisma, 'road');
    const mediaDir = await mkdtemp(path.join(os.tmpdir(), 'demo-partners-'));
    expect(await ensureDemoPartners(db.prisma, { mediaDir, cost })).toHaveLength(3);
    expect(await ensureDemoPartners(db.prisma, { mediaDir, cost })).toEqual([]);
    const rows = await db.prisma.partner.findMany({ where: { code: { in: ['maillot-corner', 'chain-stay-blog', 'gravel-notes'] } }, include: { customer: true }, orderBy: { code: 'asc' } });
    expect(rows.map((r) => [r.code, r.status, r.customer.roles])).toEqual([
      ['chain-stay-blog', 'APPROVED', ['CUSTOMER', 'PARTNER']],
      ['gravel-notes', 'PENDING', ['CUSTOMER']],
      ['maillot-corner', 'APPROVED', ['CUSTOMER', 'PARTNER']],
    ]);
    expect(rows[2]!.allowedOrigins).toContain('http://127.0.0.1:5173');
    expect(await verifyPassword(DEMO_PARTNER_PASSWORD, rows[0]!.customer.passwordHash)).toBe(true);
    // Only the jersey shop shares products: approved, linking to its own site, each with a stored image.
    const items = await db.prisma.partnerContentItem.findMany({ where: { partnerId: { in: rows.map((r) => r.id) } }, orderBy: { title: 'asc' } });
    expect(items.map((i) => [i.partnerId, i.title, i.status, i.url])).toEqual([
      [rows[2]!.id, 'Maillot club jersey', 'APPROVED', 'http://127.0.0.1:5173/club-jersey'],
      [rows[2]!.id, 'Maillot packable rain cape', 'APPROVED', 'http://127.0.0.1:5173/rain-cape'],
    ]);
    expect((await readdir(mediaDir, { recursive: true })).some((f) => f.endsWith('.png'))).toBe(true);
  });
});
