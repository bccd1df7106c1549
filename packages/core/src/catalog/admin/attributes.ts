// A product's descriptive attributes (material: carbon), replaced as a whole from the editor.
import type { PrismaClient } from '@tandem/db';
import { auditedChange, type StaffActor } from '../../staff/index.ts';

export interface AttributesSnapshot {
  id: string;
  attributes: { name: string; value: string }[];
}

async function loadAttributes(tx: Pick<PrismaClient, 'productAttribute' | 'product'>, productId: string): Promise<AttributesSnapshot | null> {
  const product = await tx.product.findUnique({ where: { id: productId }, select: { id: true, attributes: { select: { name: true, value: true }, orderBy: [{ name: 'asc' }, { value: 'asc' }] } } });
  return product;
}

/** Replaces the product's attributes; duplicates (same name and value) are kept once. */
export async function setProductAttributes(prisma: PrismaClient, actor: StaffActor, input: { productId: string; attributes: { name: string; value: string }[] }): Promise<AttributesSnapshot> {
  const unique = [...new Map(input.attributes.map((a) => [`${a.name}\u0000${a.value}`, a])).values()];
  return auditedChange(prisma, actor, {
    action: 'catalog.product.attributes', entityType: 'Product', label: 'product', id: input.productId, load: loadAttributes,
    apply: async (tx) => {
      await tx.productAttribute.deleteMany({ where: { productId: input.productId } });
      if (unique.length) await tx.productAttribute.createMany({ data: unique.map((a) => ({ productId: input.productId, ...a })) });
      return (await loadAttributes(tx, input.productId))!;
    },
  });
}
