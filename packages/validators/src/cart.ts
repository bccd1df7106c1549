import { z } from 'zod';
import { line } from './text.ts';

const Id = line().trim().min(1).max(64);

export const CartAddLineInput = z.object({
  variantId: Id,
  quantity: z.number().int('Quantities are whole numbers').min(1, 'Add at least one').max(99, 'At most 99 at a time').default(1),
});
export type CartAddLineInput = z.input<typeof CartAddLineInput>;

export const CartSetQuantityInput = z.object({
  lineId: Id,
  quantity: z.number().int('Quantities are whole numbers').min(0).max(99, 'At most 99 of one item'),
});

export const CartRemoveLineInput = z.object({ lineId: Id });
