// The unbroken numbering of invoices and credit notes. The next number is taken by raising a
// counter row in the caller's transaction: the row stays locked until it commits, so two
// documents issued at once get consecutive numbers, and a rollback returns the number.
import type { Prisma } from '@tandem/db';

/** The sequences; each counts from 1. */
export type DocumentSequence = 'invoice' | 'credit_note';

/** Takes the next number of `sequence` in the caller's transaction. */
export async function nextDocumentNumber(tx: Prisma.TransactionClient, sequence: DocumentSequence): Promise<number> {
  const [row] = await tx.$queryRaw<{ last: number }[]>`
    INSERT INTO "DocumentCounter" (name, last) VALUES (${sequence}, 1)
    ON CONFLICT (name) DO UPDATE SET last = "DocumentCounter".last + 1
    RETURNING last`;
  return Number(row!.last);
}

/** A document number as printed, e.g. `INV-000042`, `CN-000007`. */
export function documentNumberText(sequence: DocumentSequence, number: number): string {
  return `${sequence === 'invoice' ? 'INV' : 'CN'}-${String(number).padStart(6, '0')}`;
}
