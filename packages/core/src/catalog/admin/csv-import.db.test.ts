import { createTestDatabase, makeBrand, makeCategory, type TestDatabase } from '@tandem/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { catalogImportStatus, exportCatalogCsv, runCatalogImport, startCatalogImport } from './index.ts';

let db: TestDatabase;
let staff: { id: string; email: string };

beforeAll(async () => {
  db = await createTestDatabase();
  const person = await db.prisma.customer.create({ data: { email: 'importer@example.test', name: 'Imp', passwordHash: 'x', roles: ['CATALOG_MANAGER'] } });
  staff = { id: person.id, email: person.email };
  const bikes = await makeCategory(db.prisma, 'bikes');
  await makeCategory(db.prisma, 'road', bikes);
  await makeBrand(db.prisma, 'velo');
});
afterAll(() => db.close());

const HEADER = 'product_slug,product_title,status,category,brand,description,attributes,sku,variant_title,options,price_amount,currency,compare_at_amount,stock,weight_grams,gtin,mpn';
const FILE = [
  HEADER,
  'aero-frame,Aero frame,ACTIVE,bikes/road,velo,"Stiff, light",material=carbon;colour=black,AF-S,,size=S,149900,EUR,,4,1200,,',
  'aero-frame,,,,,,,AF-M,,size=M,149900,EUR,,0,1250,,',
  'bad-price,Bad,,bikes,,,,BP-1,,,12.50,EUR,,1,,,',
  'new-no-category,No category,,,,,,NC-1,,,1000,EUR,,1,,,',
  'aero-frame,,,,,,,AF-S,,size=L,149900,EUR,,1,,,',
  'mystery,Mystery,,nowhere,,,,MY-1,,,1000,EUR,,1,,,',
  'bottle,Bottle,DRAFT,road,,,,BT-1,,,900,EUR,1200,-3,,,',
  'bottle,Bottle,DRAFT,road,,,,BT-2,,,900,EUR,1200,30,,,',
].join('\n');

async function importFile(csv: string, chunkSize = 2) {
  const started = await startCatalogImport(db.prisma, staff, { fileName: 'catalog.csv', csv });
  await runCatalogImport(db.prisma, started.id, { chunkSize });
  return (await catalogImportStatus(db.prisma, started.id))!;
}

describe('catalog CSV import', () => {
  it('keeps the good rows and reports every bad one with its row number and reasons', async () => {
    const report = await importFile(FILE);
    expect(report).toMatchObject({ state: 'DONE', totalRows: 8, processedRows: 8, createdCount: 3, updatedCount: 0, rejectedCount: 5 });
    expect(report.rejectedRows.map((r) => [r.row, r.externalId])).toEqual([[4, 'BP-1'], [5, 'NC-1'], [6, 'AF-S'], [7, 'MY-1'], [8, 'BT-1']]);
    expect(report.rejectedRows[0]!.reasons.join()).toMatch(/price_amount/);
    expect(report.rejectedRows[1]!.reasons.join()).toMatch(/new product/);
    expect(report.rejectedRows[2]!.reasons.join()).toMatch(/already appeared on row 2/);
    expect(report.rejectedRows[3]!.reasons.join()).toMatch(/no category "nowhere"/);
    expect(report.rejectedRows[4]!.reasons.join()).toMatch(/stock/);

    const frame = await db.prisma.product.findUniqueOrThrow({ where: { slug: 'aero-frame' }, include: { variants: { orderBy: { sku: 'asc' } }, attributes: true, brand: true } });
    expect(frame).toMatchObject({ title: 'Aero frame', status: 'ACTIVE', description: 'Stiff, light', minPriceAmount: 149_900, inStock: true, brand: { slug: 'velo' } });
    expect(frame.publishedAt).not.toBeNull();
    expect(frame.variants.map((v) => [v.sku, v.title, v.stockOnHand])).toEqual([['AF-M', 'M', 0], ['AF-S', 'S', 4]]);
    expect(frame.attributes).toHaveLength(2);
    expect(await db.prisma.stockAdjustment.count({ where: { reason: 'IMPORT' } })).toBe(2);
    const audit = await db.prisma.auditEntry.findMany({ where: { entityId: report.id }, orderBy: { createdAt: 'asc' } });
    expect(audit.map((a) => a.action)).toEqual(['catalog.import.start', 'catalog.import.finish']);
  });

  it('updates by SKU on a re-import instead of duplicating, and round-trips its own export', async () => {
    const before = await db.prisma.productVariant.count();
    const again = await importFile(FILE.replace('AF-M,,size=M,149900', 'AF-M,,size=M,139900').replace(',0,1250', ',7,1250'));
    expect(again).toMatchObject({ createdCount: 0, updatedCount: 3, rejectedCount: 5 });
    expect(await db.prisma.productVariant.count()).toBe(before);
    const m = await db.prisma.productVariant.findUniqueOrThrow({ where: { sku: 'AF-M' } });
    expect([m.priceAmount, m.stockOnHand]).toEqual([139_900, 7]);
    expect(await db.prisma.stockAdjustment.findFirst({ where: { sku: 'AF-M' }, orderBy: { createdAt: 'desc' } })).toMatchObject({ delta: 7, stockAfter: 7, reason: 'IMPORT' });

    const exported = await exportCatalogCsv(db.prisma);
    expect(exported.split('\r\n')[0]).toBe(HEADER);
    const roundTrip = await importFile(exported, 500);
    expect(roundTrip).toMatchObject({ createdCount: 0, updatedCount: 3, rejectedCount: 0 });
    expect(await db.prisma.stockAdjustment.count({ where: { sku: 'AF-M' } })).toBe(1);
  });

  it('in one chunk updates known products and variants, adds new ones, and keeps what empty cells leave out', async () => {
    await importFile(`${HEADER}\nmix-lamp,Mix lamp,DRAFT,bikes,,"Bright",lumen=400,ML-1,,,2000,EUR,,5,300,,`);
    const mixed = [
      HEADER,
      // Known product and SKU: title, status, stock and weight cells empty; the price changes; now ACTIVE.
      'mix-lamp,,ACTIVE,,,,lumen=600,ML-1,,,1800,EUR,,,,,',
      // A new variant of the known product, and a new product.
      'mix-lamp,,,,,,,ML-2,,,2200,EUR,,3,,,',
      'mix-bell,Mix bell,ACTIVE,road,velo,,,MB-1,,,900,EUR,,2,,,',
    ].join('\n');
    expect(await importFile(mixed, 500)).toMatchObject({ state: 'DONE', createdCount: 2, updatedCount: 1, rejectedCount: 0 });

    const lamp = await db.prisma.product.findUniqueOrThrow({ where: { slug: 'mix-lamp' }, include: { variants: { orderBy: { sku: 'asc' } }, attributes: true } });
    expect(lamp).toMatchObject({ title: 'Mix lamp', description: 'Bright', status: 'ACTIVE', minPriceAmount: 1_800 });
    expect(lamp.publishedAt).not.toBeNull();
    expect(lamp.attributes.map((a) => [a.name, a.value])).toEqual([['lumen', '600']]);
    expect(lamp.variants.map((v) => [v.sku, v.priceAmount, v.stockOnHand, v.weightGrams, v.position])).toEqual([['ML-1', 1_800, 5, 300, 0], ['ML-2', 2_200, 3, 0, 1]]);
    expect(await db.prisma.product.findUniqueOrThrow({ where: { slug: 'mix-bell' }, include: { brand: true } })).toMatchObject({ title: 'Mix bell', status: 'ACTIVE', brand: { slug: 'velo' } });
    // Unchanged stock writes no adjustment; new stock does.
    expect(await db.prisma.stockAdjustment.findMany({ where: { sku: { in: ['ML-1', 'ML-2', 'MB-1'] } }, select: { sku: true, delta: true }, orderBy: { sku: 'asc' } })).toEqual([
      { sku: 'MB-1', delta: 2 }, { sku: 'ML-1', delta: 5 }, { sku: 'ML-2', delta: 3 },
    ]);
  });

  it('refuses a SKU that belongs to another product, and a file without the required columns', async () => {
    const report = await importFile(`${HEADER}\nother-frame,Other,,bikes,,,,AF-S,,,100,EUR,,,,,`);
    expect(report.rejectedRows).toEqual([{ row: 2, externalId: 'AF-S', reasons: ['sku: "AF-S" belongs to product "aero-frame"'] }]);
    await expect(startCatalogImport(db.prisma, staff, { fileName: 'x.csv', csv: 'slug,title\na,b' })).rejects.toThrow(/no "product_slug", "sku", "price_amount", "currency" columns/);
  });

  it('resumes after the last committed chunk and does nothing when run again', async () => {
    const started = await startCatalogImport(db.prisma, staff, { fileName: 'resume.csv', csv: `${HEADER}\nr-1,R1,,bikes,,,,R-1,,,100,EUR,,1,,,\nr-2,R2,,bikes,,,,R-2,,,100,EUR,,1,,,` });
    // As if the first run committed its first chunk (one row) and then died.
    await db.prisma.catalogImport.update({ where: { id: started.id }, data: { state: 'RUNNING', processedRows: 1 } });
    await runCatalogImport(db.prisma, started.id, { chunkSize: 1 });
    expect(await db.prisma.product.count({ where: { slug: { in: ['r-1', 'r-2'] } } })).toBe(1);
    await runCatalogImport(db.prisma, started.id, { chunkSize: 1 });
    expect(await catalogImportStatus(db.prisma, started.id)).toMatchObject({ state: 'DONE', processedRows: 2, createdCount: 1 });
  });
});
