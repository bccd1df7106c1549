// The return form's fields read back: one quantity per order line (`qty-<line id>`, blank or 0
// for lines that stay), the reason, the note and the form's key. Shared by the account's and
// the guest's return pages; the API checks the rest (units left, the window).
import { wholeNumber } from '@tandem/web-kit/forms';

/** What the form posted, before validation; `quantities` keeps what was typed, to show it again. */
export interface ReturnFormValues {
  idempotencyKey: string;
  reason: string;
  note: string;
  quantities: Record<string, string>;
  lines: { lineId: string; quantity: number }[];
}

/** Reads the return form; a typed quantity that is no whole number is kept as NaN, so validation names it. */
export function readReturnForm(form: FormData, lineIds: readonly string[]): ReturnFormValues {
  const quantities: Record<string, string> = {};
  const lines: { lineId: string; quantity: number }[] = [];
  for (const lineId of lineIds) {
    const text = String(form.get(`qty-${lineId}`) ?? '').trim();
    quantities[lineId] = text;
    if (text === '' || text === '0') continue;
    lines.push({ lineId, quantity: wholeNumber(text) ?? Number.NaN });
  }
  return { idempotencyKey: String(form.get('idempotencyKey') ?? ''), reason: String(form.get('reason') ?? ''), note: String(form.get('note') ?? ''), quantities, lines };
}
