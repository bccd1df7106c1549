// Creating and editing products, and moving them through draft → active → archived. Every
// write is audited with the product as it was and as it is.
import type { Prisma, PrismaClient, ProductStatus } from '@tandem/db';
import type { CreateProductInput, UpdateProductInput } from '@tandem/validators';
import { auditedChange, type StaffActor } from '../../staff/index.ts';
import { DomainError, NotFoundError } from '../../shared/index.ts';
import { conflictOnDuplicate } from './prisma-errors.ts';
import { chooseSlug } from './slugs.ts';

type Tx = Prisma.TransactionClient;

export const PRODUCT_FIELDS = { id: true, slug: true, title: true, description: true, status: true, categoryId: true, brandId: true, featured: true, publishedAt: true } as const;
export type ProductSnapshot = Prisma.ProductGetPayload<{ select: typeof PRODUCT_FIELDS }>;

export const loadProduct = (tx: Tx, id: string) => tx.product.findUnique({ where: { id }, select: PRODUCT_FIELDS });

/** The moves the admin allows; anything else is refused with the reason. */
export const TRANSITIONS: Record<ProductStatus, readonly ProductStatus[]> = {
  DRAFT: ['ACTIVE', 'ARCHIVED'],
  ACTIVE: ['DRAFT', 'ARCHIVED'],
  ARCHIVED: ['DRAFT'],
};

async function assertReferences(tx: Tx, input: { categoryId?: string | undefined; brandId?: string | null | undefined }): Promise<void> {
  if (input.categoryId !== undefined && !(await tx.category.findUnique({ where: { id: input.categoryId }, select: { id: true } }))) {
    throw new DomainError('invalid_input', 'That category does not exist.', { categoryId: ['Choose a category'] });
  }
  if (input.brandId && !(await tx.brand.findUnique({ where: { id: input.brandId }, select: { id: true } }))) {
    throw new DomainError('invalid_input', 'That brand does not exist.', { brandId: ['Choose a brand'] });
  }
}

const SLUG_TAKEN = 'That slug is already used by another product.';

/** Creates a draft product; its slug comes from the title unless one is given. */
export async function createProduct(prisma: PrismaClient, actor: StaffActor, input: CreateProductInput): Promise<ProductSnapshot> {
  return conflictOnDuplicate(
    () =>
      auditedChange(prisma, actor, {
        action: 'catalog.product.create', entityType: 'Product', label: 'product', load: loadProduct,
        apply: async (tx) => {
          await assertReferences(tx, input);
          const slug = await chooseSlug(tx, 'product', { requested: input.slug, name: input.title });
          return tx.product.create({
            data: { slug, title: input.title, description: input.description, categoryId: input.categoryId, brandId: input.brandId ?? null, featured: input.featured, status: 'DRAFT' },
            select: PRODUCT_FIELDS,
          });
        },
      }),
    'slug', SLUG_TAKEN,
  );
}

/** Changes a product's fields; only the fields given change. */
export async function updateProduct(prisma: PrismaClient, actor: StaffActor, input: UpdateProductInput): Promise<ProductSnapshot> {
  const { id, ...fields } = input;
  return conflictOnDuplicate(
    () =>
      auditedChange(prisma, actor, {
        action: 'catalog.product.update', entityType: 'Product', label: 'product', id, load: loadProduct,
        apply: async (tx) => {
          await assertReferences(tx, fields);
          const current = (await loadProduct(tx, id))!;
          const slug = fields.slug === undefined ? undefined : await chooseSlug(tx, 'product', { requested: fields.slug, name: current.title, current: current.slug });
          const data: Prisma.ProductUncheckedUpdateInput = {
            ...(fields.title !== undefined ? { title: fields.title } : {}),
            ...(slug !== undefined ? { slug } : {}),
            ...(fields.description !== undefined ? { description: fields.description } : {}),
            ...(fields.categoryId !== undefined ? { categoryId: fields.categoryId } : {}),
            ...(fields.brandId !== undefined ? { brandId: fields.brandId } : {}),
            ...(fields.featured !== undefined ? { featured: fields.featured } : {}),
          };
          return tx.product.update({ where: { id }, data, select: PRODUCT_FIELDS });
        },
      }),
    'slug', SLUG_TAKEN,
  );
}

/** The audit action of a move to `status`. */
export const statusAction = (status: ProductStatus) => `catalog.product.${status === 'ACTIVE' ? 'activate' : status === 'ARCHIVED' ? 'archive' : 'draft'}`;

/** Activates, archives, unarchives (back to draft) or unpublishes a product. */
export async function setProductStatus(prisma: PrismaClient, actor: StaffActor, input: { id: string; status: ProductStatus }): Promise<ProductSnapshot> {
  return auditedChange(prisma, actor, {
    action: statusAction(input.status),
    entityType: 'Product', label: 'product', id: input.id, load: loadProduct,
    apply: async (tx) => {
      // The row lock makes the transition check exact when two people click at once.
      await tx.$queryRaw`SELECT id FROM "Product" WHERE id = ${input.id} FOR UPDATE`;
      const current = (await loadProduct(tx, input.id))!;
      if (current.status === input.status) return current;
      if (!TRANSITIONS[current.status].includes(input.status)) {
        throw new DomainError('invalid_input', `A product that is ${current.status.toLowerCase()} cannot become ${input.status.toLowerCase()}; unarchive it to a draft first.`, { status: ['Not allowed from the current status'] });
      }
      if (input.status === 'ACTIVE' && (await tx.productVariant.count({ where: { productId: input.id } })) === 0) {
        throw new DomainError('invalid_input', 'Add at least one variant (SKU, price, stock) before activating the product.', { status: ['Add a variant first'] });
      }
      return tx.product.update({
        where: { id: input.id },
        data: { status: input.status, ...(input.status === 'ACTIVE' && !current.publishedAt ? { publishedAt: new Date() } : {}) },
        select: PRODUCT_FIELDS,
      });
    },
  });
}

export async function assertProductExists(tx: Tx, id: string): Promise<void> {
  if (!(await tx.product.findUnique({ where: { id }, select: { id: true } }))) throw new NotFoundError('product', id);
}
