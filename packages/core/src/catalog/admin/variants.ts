// A product's variants: SKU (unique in the store), price in minor units and currency, options,
// opening stock. The opening stock of a new variant is its first stock history row. Audited.
import type { Prisma, PrismaClient } from '@tandem/db';
import type { CreateVariantInput, UpdateVariantInput } from '@tandem/validators';
import { auditedChange, type StaffActor } from '../../staff/index.ts';
import { DomainError } from '../../shared/index.ts';
import { conflictOnDuplicate } from './prisma-errors.ts';
import { assertProductExists } from './products.ts';

type Tx = Prisma.TransactionClient;

const VARIANT_FIELDS = { id: true, productId: true, sku: true, title: true, optionValues: true, priceAmount: true, currency: true, compareAtAmount: true, stockOnHand: true, weightGrams: true, position: true, gtin: true, mpn: true } as const;
export type VariantSnapshot = Prisma.ProductVariantGetPayload<{ select: typeof VARIANT_FIELDS }>;

const loadVariant = (tx: Tx, id: string) => tx.productVariant.findUnique({ where: { id }, select: VARIANT_FIELDS });
const SKU_TAKEN = 'That SKU is already used by another variant.';

const titleOf = (title: string | undefined, options: Record<string, string>) => title?.trim() || Object.values(options).join(' / ') || 'Default';

function assertCompareAt(price: number, compareAt: number | null | undefined): void {
  if (compareAt !== null && compareAt !== undefined && compareAt <= price) {
    throw new DomainError('invalid_input', 'The “was” price must be above the price.', { compareAtAmount: ['Must be above the price, or empty'] });
  }
}

async function assertSkuFree(tx: Tx, sku: string, exceptId?: string): Promise<void> {
  const owner = await tx.productVariant.findUnique({ where: { sku }, select: { id: true } });
  if (owner && owner.id !== exceptId) throw new DomainError('conflict', `${SKU_TAKEN} (${sku})`, { sku: ['Already used; choose another'] });
}

async function assertOneCurrency(tx: Tx, productId: string, currency: string, exceptId?: string): Promise<void> {
  const other = await tx.productVariant.findFirst({ where: { productId, currency: { not: currency }, ...(exceptId ? { id: { not: exceptId } } : {}) }, select: { currency: true } });
  if (other) throw new DomainError('invalid_input', `This product's other variants are priced in ${other.currency}; one product has one currency.`, { currency: [`Use ${other.currency}`] });
}

export async function createVariant(prisma: PrismaClient, actor: StaffActor, input: CreateVariantInput): Promise<VariantSnapshot> {
  return conflictOnDuplicate(
    () =>
      auditedChange(prisma, actor, {
        action: 'catalog.variant.create', entityType: 'ProductVariant', label: 'variant', load: loadVariant,
        apply: async (tx) => {
          await assertProductExists(tx, input.productId);
          await assertSkuFree(tx, input.sku);
          await assertOneCurrency(tx, input.productId, input.currency);
          assertCompareAt(input.priceAmount, input.compareAtAmount);
          const position = await tx.productVariant.count({ where: { productId: input.productId } });
          const variant = await tx.productVariant.create({
            data: {
              productId: input.productId, sku: input.sku, title: titleOf(input.title, input.optionValues), optionValues: input.optionValues,
              priceAmount: input.priceAmount, currency: input.currency, compareAtAmount: input.compareAtAmount ?? null, stockOnHand: input.stockOnHand,
              weightGrams: input.weightGrams, gtin: input.gtin ?? null, mpn: input.mpn ?? null, position,
            },
            select: VARIANT_FIELDS,
          });
          if (input.stockOnHand > 0) {
            await tx.stockAdjustment.create({ data: { variantId: variant.id, productId: variant.productId, sku: variant.sku, delta: input.stockOnHand, stockAfter: input.stockOnHand, reason: 'RECEIVED', note: 'Opening stock', actorId: actor.id, actorEmail: actor.email } });
          }
          return variant;
        },
      }),
    'sku', SKU_TAKEN,
  );
}

/** Changes a variant's fields; its stock changes only through a stock adjustment. */
export async function updateVariant(prisma: PrismaClient, actor: StaffActor, input: UpdateVariantInput): Promise<VariantSnapshot> {
  const { id, ...fields } = input;
  return conflictOnDuplicate(
    () =>
      auditedChange(prisma, actor, {
        action: 'catalog.variant.update', entityType: 'ProductVariant', label: 'variant', id, load: loadVariant,
        apply: async (tx) => {
          const current = (await loadVariant(tx, id))!;
          if (fields.sku !== undefined) await assertSkuFree(tx, fields.sku, id);
          if (fields.currency !== undefined) await assertOneCurrency(tx, current.productId, fields.currency, id);
          const compareAt = fields.compareAtAmount === undefined ? current.compareAtAmount : fields.compareAtAmount;
          assertCompareAt(fields.priceAmount ?? current.priceAmount, compareAt);
          const options = fields.optionValues ?? (current.optionValues as Record<string, string>);
          return tx.productVariant.update({
            where: { id },
            data: {
              ...(fields.sku !== undefined ? { sku: fields.sku } : {}),
              ...(fields.title !== undefined || fields.optionValues !== undefined ? { title: titleOf(fields.title ?? current.title, options) } : {}),
              ...(fields.optionValues !== undefined ? { optionValues: fields.optionValues } : {}),
              ...(fields.priceAmount !== undefined ? { priceAmount: fields.priceAmount } : {}),
              ...(fields.currency !== undefined ? { currency: fields.currency } : {}),
              ...(fields.compareAtAmount !== undefined ? { compareAtAmount: fields.compareAtAmount } : {}),
              ...(fields.weightGrams !== undefined ? { weightGrams: fields.weightGrams } : {}),
              ...(fields.gtin !== undefined ? { gtin: fields.gtin } : {}),
              ...(fields.mpn !== undefined ? { mpn: fields.mpn } : {}),
            },
            select: VARIANT_FIELDS,
          });
        },
      }),
    'sku', SKU_TAKEN,
  );
}

/** Deletes a variant that nothing depends on; an active product keeps at least one variant. */
export async function deleteVariant(prisma: PrismaClient, actor: StaffActor, id: string): Promise<void> {
  await auditedChange(prisma, actor, {
    action: 'catalog.variant.delete', entityType: 'ProductVariant', label: 'variant', id, load: loadVariant,
    apply: async (tx) => {
      const variant = await tx.productVariant.findUniqueOrThrow({ where: { id }, select: { productId: true, product: { select: { status: true } }, _count: { select: { configurableBases: true } } } });
      if (variant._count.configurableBases > 0) throw new DomainError('invalid_input', 'This variant is the base of the product’s configurator; choose another base first.');
      const siblings = await tx.productVariant.count({ where: { productId: variant.productId } });
      if (variant.product.status === 'ACTIVE' && siblings <= 1) throw new DomainError('invalid_input', 'An active product needs a variant: add another one, or set the product back to draft, first.');
      // Orders keep their own copy of what was bought; open carts lose the line (cascade).
      await tx.productVariant.delete({ where: { id } });
      return null;
    },
  });
}
