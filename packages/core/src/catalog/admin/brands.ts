// Brands: create, edit, and delete one no product carries. Audited.
import type { Prisma, PrismaClient } from '@tandem/db';
import type { CreateBrandInput, UpdateBrandInput } from '@tandem/validators';
import { auditedChange, type StaffActor } from '../../staff/index.ts';
import { DomainError } from '../../shared/index.ts';
import { conflictOnDuplicate } from './prisma-errors.ts';
import { chooseSlug } from './slugs.ts';

const BRAND_FIELDS = { id: true, slug: true, name: true, description: true } as const;
export type BrandSnapshot = Prisma.BrandGetPayload<{ select: typeof BRAND_FIELDS }>;

const loadBrand = (tx: Prisma.TransactionClient, id: string) => tx.brand.findUnique({ where: { id }, select: BRAND_FIELDS });

export async function createBrand(prisma: PrismaClient, actor: StaffActor, input: CreateBrandInput): Promise<BrandSnapshot> {
  return conflictOnDuplicate(
    () =>
      auditedChange(prisma, actor, {
        action: 'catalog.brand.create', entityType: 'Brand', label: 'brand', load: loadBrand,
        apply: async (tx) => tx.brand.create({ data: { slug: await chooseSlug(tx, 'brand', { requested: input.slug, name: input.name }), name: input.name, description: input.description }, select: BRAND_FIELDS }),
      }),
    'slug', 'That slug is already used by another brand.',
  );
}

export async function updateBrand(prisma: PrismaClient, actor: StaffActor, input: UpdateBrandInput): Promise<BrandSnapshot> {
  return auditedChange(prisma, actor, {
    action: 'catalog.brand.update', entityType: 'Brand', label: 'brand', id: input.id, load: loadBrand,
    apply: (tx) => tx.brand.update({ where: { id: input.id }, data: { ...(input.name !== undefined ? { name: input.name } : {}), ...(input.description !== undefined ? { description: input.description } : {}) }, select: BRAND_FIELDS }),
  });
}

export async function deleteBrand(prisma: PrismaClient, actor: StaffActor, id: string): Promise<void> {
  await auditedChange(prisma, actor, {
    action: 'catalog.brand.delete', entityType: 'Brand', label: 'brand', id, load: loadBrand,
    apply: async (tx) => {
      const products = await tx.product.count({ where: { brandId: id } });
      if (products > 0) throw new DomainError('invalid_input', `${products} product(s) carry this brand; give them another brand first.`);
      await tx.brand.delete({ where: { id } });
      return null;
    },
  });
}
