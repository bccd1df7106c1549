import { makeProduct, type TestDatabase } from '@tandem/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Caller } from '../testing/callers.ts';
import { catalogStaff } from '../testing/catalog-staff.ts';

let db: TestDatabase;
let manager: Caller;
let support: Caller;
let categoryId: string;

beforeAll(async () => {
  ({ db, manager, support, categoryId } = await catalogStaff('bells'));
});
afterAll(() => db.close());

const statusOf = async (ids: string[]) => (await db.prisma.product.findMany({ where: { id: { in: ids } }, orderBy: { slug: 'asc' }, select: { slug: true, status: true } })).map((p) => `${p.slug}:${p.status}`);

describe('bulk actions on the product list', () => {
  it('archives every chosen product in one audited change, leaving the ones already archived alone', async () => {
    const a = await makeProduct(db.prisma, { slug: 'bell-a', title: 'Bell A', categoryId, variants: [{ priceAmount: 1_000 }] });
    const b = await makeProduct(db.prisma, { slug: 'bell-b', title: 'Bell B', categoryId, status: 'DRAFT', variants: [{ priceAmount: 1_000 }] });
    const c = await makeProduct(db.prisma, { slug: 'bell-c', title: 'Bell C', categoryId, status: 'ARCHIVED', variants: [{ priceAmount: 1_000 }] });
    expect(await manager.adminCatalog.products.setStatusMany({ ids: [a.id, b.id, c.id, a.id], status: 'ARCHIVED' })).toEqual({ changed: 2, unchanged: 1 });
    expect(await statusOf([a.id, b.id, c.id])).toEqual(['bell-a:ARCHIVED', 'bell-b:ARCHIVED', 'bell-c:ARCHIVED']);
    const audit = await db.prisma.auditEntry.findMany({ where: { action: 'catalog.product.archive', entityId: { in: [a.id, b.id, c.id] } } });
    expect(audit.map((e) => [e.entityId, (e.before as { status: string }).status, (e.after as { status: string }).status]).sort()).toEqual([[a.id, 'ACTIVE', 'ARCHIVED'], [b.id, 'DRAFT', 'ARCHIVED']].sort());
  });

  it('changes nothing when one chosen product cannot make the move, and names it', async () => {
    const ok = await makeProduct(db.prisma, { slug: 'horn-ok', title: 'Horn OK', categoryId, status: 'DRAFT', variants: [{ priceAmount: 1_000 }] });
    const empty = await makeProduct(db.prisma, { slug: 'horn-empty', title: 'Horn without variants', categoryId, status: 'DRAFT', variants: [] });
    const archived = await makeProduct(db.prisma, { slug: 'horn-old', title: 'Old horn', categoryId, status: 'ARCHIVED', variants: [{ priceAmount: 1_000 }] });
    await expect(manager.adminCatalog.products.setStatusMany({ ids: [ok.id, empty.id, archived.id], status: 'ACTIVE' })).rejects.toMatchObject({
      code: 'BAD_REQUEST', message: expect.stringMatching(/2 of the 3 products cannot become active \(.*Horn without variants has no variant.*Old horn is archived.*\)\. Nothing was changed/),
    });
    expect(await statusOf([ok.id, empty.id, archived.id])).toEqual(['horn-empty:DRAFT', 'horn-ok:DRAFT', 'horn-old:ARCHIVED']);
    expect(await manager.adminCatalog.products.setStatusMany({ ids: [ok.id], status: 'ACTIVE' })).toEqual({ changed: 1, unchanged: 0 });
    expect((await db.prisma.product.findUniqueOrThrow({ where: { id: ok.id } })).publishedAt).not.toBeNull();
    await expect(manager.adminCatalog.products.setStatusMany({ ids: [ok.id, 'no-such-product'], status: 'DRAFT' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect(await statusOf([ok.id])).toEqual(['horn-ok:ACTIVE']);
  });

  it('exports only the chosen products as catalog CSV', async () => {
    const x = await makeProduct(db.prisma, { slug: 'lamp-x', title: 'Lamp X', categoryId, variants: [{ priceAmount: 2_000, sku: 'LX-1' }] });
    await makeProduct(db.prisma, { slug: 'lamp-y', title: 'Lamp Y', categoryId, variants: [{ priceAmount: 2_000, sku: 'LY-1' }] });
    const csv = await manager.adminCatalog.csv.exportProducts({ ids: [x.id] });
    const lines = csv.trim().split('\r\n');
    expect(lines).toHaveLength(2);
    expect(lines[1]).toMatch(/^lamp-x,Lamp X,ACTIVE,bells,.*LX-1/);
  });

  it('refuses empty or oversized selections and staff without the catalog permission', async () => {
    await expect(manager.adminCatalog.products.setStatusMany({ ids: [], status: 'ARCHIVED' })).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    await expect(manager.adminCatalog.csv.exportProducts({ ids: Array.from({ length: 501 }, (_, i) => `p${i}`) })).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    await expect(support.adminCatalog.products.setStatusMany({ ids: ['x'], status: 'ARCHIVED' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });
});
