// The catalog CSV import as a background job: starting one stores the file and enqueues the
// `catalog.import` job in one audited transaction; the job writes the rows in chunks (each
// chunk one transaction that also records the progress), yielding between chunks so the API
// stays responsive, and resumes after the last committed chunk if the process dies.
import type { CatalogImportModel, Prisma, PrismaClient } from '@tandem/db';
import { enqueueJob, type JobHandler } from '../../jobs/index.ts';
import type { RejectedRow } from '../../shared/index.ts';
import { auditedChange, recordAudit, type StaffActor } from '../../staff/index.ts';
import { chunkGroups, readCatalogCsv } from './import-rows.ts';
import { writeImportChunk, type ImportLookups } from './import-chunk.ts';

export const CATALOG_IMPORT_JOB = 'catalog.import';

/** An import as the admin's import page shows it. */
export interface CatalogImportView {
  id: string;
  state: CatalogImportModel['state'];
  fileName: string;
  totalRows: number;
  processedRows: number;
  createdCount: number;
  updatedCount: number;
  rejectedCount: number;
  rejectedRows: RejectedRow[];
  error: string | null;
  actorEmail: string;
  createdAt: string;
  finishedAt: string | null;
}

const toView = (row: CatalogImportModel): CatalogImportView => ({
  id: row.id, state: row.state, fileName: row.fileName, totalRows: row.totalRows, processedRows: row.processedRows, createdCount: row.createdCount,
  updatedCount: row.updatedCount, rejectedCount: row.rejectedCount, rejectedRows: row.rejectedRows as unknown as RejectedRow[], error: row.error,
  actorEmail: row.actorEmail, createdAt: row.createdAt.toISOString(), finishedAt: row.finishedAt?.toISOString() ?? null,
});

const summary = (row: CatalogImportModel) => ({ id: row.id, state: row.state, fileName: row.fileName, totalRows: row.totalRows, createdCount: row.createdCount, updatedCount: row.updatedCount, rejectedCount: row.rejectedCount });

/** Checks that the file can be read at all (header, quotes), stores it and queues the job. */
export async function startCatalogImport(prisma: PrismaClient, actor: StaffActor, input: { fileName: string; csv: string }): Promise<CatalogImportView> {
  const { total } = readCatalogCsv(input.csv);
  const row = await auditedChange(prisma, actor, {
    action: 'catalog.import.start', entityType: 'CatalogImport', label: 'import', load: (tx, id) => tx.catalogImport.findUnique({ where: { id } }).then((r) => r && summary(r)),
    apply: async (tx) => {
      const created = await tx.catalogImport.create({ data: { fileName: input.fileName, csv: input.csv, totalRows: total, actorId: actor.id, actorEmail: actor.email } });
      await enqueueJob(tx, { kind: CATALOG_IMPORT_JOB, key: 'catalog-import', payload: { importId: created.id }, maxAttempts: 3 });
      return summary(created);
    },
  });
  return toView(await prisma.catalogImport.findUniqueOrThrow({ where: { id: row.id } }));
}

export async function catalogImportStatus(prisma: PrismaClient, id: string): Promise<CatalogImportView | null> {
  const row = await prisma.catalogImport.findUnique({ where: { id } });
  return row ? toView(row) : null;
}

export async function listCatalogImports(prisma: PrismaClient, limit = 10): Promise<CatalogImportView[]> {
  const rows = await prisma.catalogImport.findMany({ orderBy: [{ createdAt: 'desc' }, { id: 'desc' }], take: limit });
  return rows.map((row) => ({ ...toView(row), rejectedRows: [] }));
}

async function loadLookups(prisma: PrismaClient): Promise<ImportLookups> {
  const [categories, brands] = await Promise.all([prisma.category.findMany({ select: { id: true, slug: true, path: true } }), prisma.brand.findMany({ select: { id: true, slug: true } })]);
  return { categories: new Map(categories.flatMap((c) => [[c.slug, c.id], [c.path, c.id]] as const)), brands: new Map(brands.map((b) => [b.slug, b.id])) };
}

const json = (rows: RejectedRow[]) => rows as unknown as Prisma.InputJsonValue;
const byRow = (a: RejectedRow, b: RejectedRow) => a.row - b.row;

export interface RunImportOptions {
  /** Rows per chunk (default 500); a product's rows stay in one chunk. */
  chunkSize?: number;
}

/** Runs (or resumes) one import; a finished one is left as it is, so a repeated job does nothing. */
export async function runCatalogImport(prisma: PrismaClient, importId: string, options: RunImportOptions = {}): Promise<void> {
  const job = await prisma.catalogImport.findUnique({ where: { id: importId } });
  if (!job || job.state === 'DONE' || job.state === 'FAILED') return;
  const actor: StaffActor = { id: job.actorId ?? '', email: job.actorEmail };
  let read: ReturnType<typeof readCatalogCsv>;
  try {
    read = readCatalogCsv(job.csv);
  } catch (error) {
    await prisma.catalogImport.update({ where: { id: importId }, data: { state: 'FAILED', error: (error as Error).message, finishedAt: new Date() } });
    return;
  }
  let done = job.processedRows;
  if (job.state === 'PENDING') {
    // The rows the file itself refuses are reported (and counted as processed) before any chunk.
    done = read.rejected.length;
    await prisma.catalogImport.update({ where: { id: importId }, data: { state: 'RUNNING', startedAt: new Date(), processedRows: done, rejectedCount: done, rejectedRows: json(read.rejected.sort(byRow)) } });
  }
  const lookups = await loadLookups(prisma);
  let skip = done - read.rejected.length;
  for (const chunk of chunkGroups(read.groups, options.chunkSize ?? 500)) {
    const rows = chunk.reduce((sum, g) => sum + g.rows.length, 0);
    if (skip >= rows) {
      skip -= rows;
      continue;
    }
    await prisma.$transaction(async (tx) => {
      const outcome = await writeImportChunk(tx, chunk, lookups, { actor, fileName: job.fileName });
      const current = await tx.catalogImport.findUniqueOrThrow({ where: { id: importId }, select: { rejectedRows: true } });
      const rejected = [...(current.rejectedRows as unknown as RejectedRow[]), ...outcome.rejected].sort(byRow);
      await tx.catalogImport.update({
        where: { id: importId },
        data: { processedRows: { increment: rows }, createdCount: { increment: outcome.created }, updatedCount: { increment: outcome.updated }, rejectedCount: rejected.length, rejectedRows: json(rejected) },
      });
    }, { maxWait: 10_000, timeout: 120_000 });
    // Let the API answer requests between chunks.
    await new Promise((resolve) => setImmediate(resolve));
  }
  await prisma.$transaction(async (tx) => {
    const finished = await tx.catalogImport.update({ where: { id: importId }, data: { state: 'DONE', finishedAt: new Date() } });
    await recordAudit(tx, actor, { action: 'catalog.import.finish', entityType: 'CatalogImport', entityId: importId, before: null, after: summary(finished) });
  });
}

/** The job handlers to wire into a worker (apps/api/src/main.ts). */
export function catalogImportJobHandlers(prisma: PrismaClient, options: RunImportOptions = {}): Record<string, JobHandler> {
  return {
    [CATALOG_IMPORT_JOB]: async (payload) => {
      const { importId } = payload as { importId: string };
      await runCatalogImport(prisma, importId, options);
    },
  };
}
