// The slice of the real Online Retail log the database tests import (fixtures/
// online-retail-best-sellers.csv): every June–August 2011 line, cancellations too, of 26 of its
// repeat customers on the 40 best sellers of those months, kept as they are.
import { readFile } from 'node:fs/promises';
import type { PrismaClient } from '@tandem/db';
import { importRetailStore } from './import-retail-store.ts';

const FIXTURE = new URL('./fixtures/online-retail-best-sellers.csv', import.meta.url);

/** The slice's lines, as the import reads a file. */
export async function retailSliceLines(): Promise<AsyncIterable<string>> {
  const text = await readFile(FIXTURE, 'utf8');
  return (async function* () { yield* text.split('\n'); })();
}

/** Imports the slice; returns the day after its last sale, the moment lists and jobs run as of. */
export async function importRetailSlice(prisma: PrismaClient): Promise<Date> {
  const imported = await importRetailStore(prisma, await retailSliceLines());
  return new Date(imported.lastAt!.getTime() + 86_400_000);
}
