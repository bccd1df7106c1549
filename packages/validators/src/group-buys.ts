import { z } from 'zod';
import { line, multiline } from './text.ts';
import { AcceptedTerms, OrderRequestInput } from './checkout.ts';

const Id = line().trim().min(1).max(64);
const Slug = line().trim().min(2).max(80).regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'Lower-case letters, digits and dashes');
const Amount = z.number().int('Amounts are whole minor units (cents)').min(1).max(100_000_000);

export const GroupBuySlugInput = z.object({ slug: Slug });
export const GroupBuyIdInput = z.object({ id: Id });
export const GroupBuysForProductInput = z.object({ productId: Id });

/** Joining places an order: the checkout fields plus the deal and the quantity. */
/** Joining commits the shopper to pay at the deadline, so it needs the same terms acknowledgement as checkout. */
export const JoinGroupBuyInput = OrderRequestInput.extend({ slug: Slug, quantity: z.number().int().min(1).max(99).default(1), acceptedTerms: AcceptedTerms });
export type JoinGroupBuyInput = z.output<typeof JoinGroupBuyInput>;

/** A deal: a tier ladder from 1 buyer, thresholds rising and unit prices falling. */
export const GroupBuyInput = z
  .object({
    slug: Slug,
    title: line().trim().min(1).max(120),
    description: multiline().trim().max(2_000).default(''),
    variantId: Id,
    currency: line().trim().length(3).toUpperCase().default('EUR'),
    minParticipants: z.number().int().min(1).max(10_000),
    maxParticipants: z.number().int().min(1).max(100_000).nullable().default(null),
    maxQuantity: z.number().int().min(1).max(99).default(1),
    startsAt: z.coerce.date().nullable().default(null),
    endsAt: z.coerce.date(),
    tiers: z.array(z.object({ minParticipants: z.number().int().min(1).max(100_000), unitAmount: Amount })).min(1).max(20),
  })
  .refine(({ tiers }) => tiers[0]?.minParticipants === 1, { path: ['tiers'], message: 'The first tier starts at 1 buyer' })
  .refine(
    ({ tiers }) => tiers.every((t, i) => i === 0 || (t.minParticipants > tiers[i - 1]!.minParticipants && t.unitAmount < tiers[i - 1]!.unitAmount)),
    { path: ['tiers'], message: 'List tiers by rising buyers, each cheaper than the one before' },
  )
  .refine((d) => d.maxParticipants === null || d.maxParticipants >= d.minParticipants, { path: ['maxParticipants'], message: 'At least the minimum' })
  .refine((d) => !d.startsAt || d.endsAt > d.startsAt, { path: ['endsAt'], message: 'Ends before it starts' });
export type GroupBuyInput = z.output<typeof GroupBuyInput>;
