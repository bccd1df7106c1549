// Inputs for invoices and credit notes: which document of which kind to download.
import { z } from 'zod';
import { line } from './text.ts';

/** One invoice or credit note, by its kind and id (as an order's document list gives them). */
export const OrderDocumentInput = z.object({
  kind: z.enum(['invoice', 'credit_note']),
  id: line().trim().min(1).max(64),
});
export type OrderDocumentInput = z.output<typeof OrderDocumentInput>;
