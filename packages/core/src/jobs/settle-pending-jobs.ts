// Settling waiting jobs without running them: for work that something else has just done in
// full (a search rebuild covers every pending sync job). The jobs context owns the Job table.
import type { PrismaClient } from '@tandem/db';

/** Marks every PENDING job of `kind` done now; RUNNING ones finish on their own. Returns how many. */
export async function settlePendingJobs(prisma: PrismaClient, kind: string): Promise<number> {
  return prisma.$executeRaw`UPDATE "Job" SET state = 'DONE', "finishedAt" = LOCALTIMESTAMP WHERE kind = ${kind} AND state = 'PENDING'`;
}
