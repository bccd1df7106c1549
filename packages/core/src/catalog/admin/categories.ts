// The category tree as the admin edits it: create, rename, move (never under itself or one of
// its descendants), delete only when empty. `path` and `depth` of a moved sub-tree are
// rewritten in one statement. Audited.
import type { Prisma, PrismaClient } from '@tandem/db';
import type { CreateCategoryInput, MoveCategoryInput } from '@tandem/validators';
import { auditedChange, type StaffActor } from '../../staff/index.ts';
import { DomainError, NotFoundError } from '../../shared/index.ts';
import { conflictOnDuplicate } from './prisma-errors.ts';
import { chooseSlug } from './slugs.ts';

type Tx = Prisma.TransactionClient;

const CATEGORY_FIELDS = { id: true, slug: true, name: true, description: true, parentId: true, path: true, depth: true, position: true } as const;
export type CategorySnapshot = Prisma.CategoryGetPayload<{ select: typeof CATEGORY_FIELDS }>;

const loadCategory = (tx: Tx, id: string) => tx.category.findUnique({ where: { id }, select: CATEGORY_FIELDS });

async function parentOf(tx: Tx, parentId: string | null): Promise<CategorySnapshot | null> {
  if (parentId === null) return null;
  const parent = await loadCategory(tx, parentId);
  if (!parent) throw new DomainError('invalid_input', 'That parent category does not exist.', { parentId: ['Choose a category'] });
  return parent;
}

const nextPosition = async (tx: Tx, parentId: string | null) => ((await tx.category.aggregate({ where: { parentId }, _max: { position: true } }))._max.position ?? -1) + 1;

export async function createCategory(prisma: PrismaClient, actor: StaffActor, input: CreateCategoryInput): Promise<CategorySnapshot> {
  return conflictOnDuplicate(
    () =>
      auditedChange(prisma, actor, {
        action: 'catalog.category.create', entityType: 'Category', label: 'category', load: loadCategory,
        apply: async (tx) => {
          const parent = await parentOf(tx, input.parentId);
          const slug = await chooseSlug(tx, 'category', { requested: input.slug, name: input.name });
          return tx.category.create({
            data: { slug, name: input.name, description: input.description, parentId: parent?.id ?? null, path: parent ? `${parent.path}/${slug}` : slug, depth: parent ? parent.depth + 1 : 0, position: await nextPosition(tx, parent?.id ?? null) },
            select: CATEGORY_FIELDS,
          });
        },
      }),
    'slug', 'That slug is already used by another category.',
  );
}

/** Renames a category; its slug and path (its URLs) stay. */
export async function renameCategory(prisma: PrismaClient, actor: StaffActor, input: { id: string; name: string }): Promise<CategorySnapshot> {
  return auditedChange(prisma, actor, {
    action: 'catalog.category.rename', entityType: 'Category', label: 'category', id: input.id, load: loadCategory,
    apply: (tx) => tx.category.update({ where: { id: input.id }, data: { name: input.name }, select: CATEGORY_FIELDS }),
  });
}

/** Moves a category (with its sub-tree) under another parent, or to the top level. */
export async function moveCategory(prisma: PrismaClient, actor: StaffActor, input: MoveCategoryInput): Promise<CategorySnapshot> {
  return auditedChange(prisma, actor, {
    action: 'catalog.category.move', entityType: 'Category', label: 'category', id: input.id, load: loadCategory,
    apply: async (tx) => {
      // One tree edit at a time: two crossing moves could otherwise make a cycle together.
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('tandem.category-tree'))`;
      const node = (await loadCategory(tx, input.id))!;
      const parent = await parentOf(tx, input.parentId);
      if (parent && (parent.id === node.id || parent.path.startsWith(`${node.path}/`))) {
        throw new DomainError('invalid_input', `“${node.name}” cannot go under ${parent.id === node.id ? 'itself' : `“${parent.name}”, which is inside it`}.`, { parentId: ['Choose a category outside this one'] });
      }
      const path = parent ? `${parent.path}/${node.slug}` : node.slug;
      const depthChange = (parent ? parent.depth + 1 : 0) - node.depth;
      if (path !== node.path) {
        await tx.$executeRaw`
          UPDATE "Category" SET path = ${path} || substr(path, ${node.path.length + 1}), depth = depth + ${depthChange}
          WHERE path = ${node.path} OR path LIKE ${`${node.path}/%`}`;
      }
      const sameParent = (parent?.id ?? null) === node.parentId;
      const position = input.position ?? (sameParent ? node.position : await nextPosition(tx, parent?.id ?? null));
      return tx.category.update({ where: { id: node.id }, data: { parentId: parent?.id ?? null, position }, select: CATEGORY_FIELDS });
    },
  });
}

/** Deletes a category with no sub-categories and no products. */
export async function deleteCategory(prisma: PrismaClient, actor: StaffActor, id: string): Promise<void> {
  await auditedChange(prisma, actor, {
    action: 'catalog.category.delete', entityType: 'Category', label: 'category', id, load: loadCategory,
    apply: async (tx) => {
      const counts = await tx.category.findUnique({ where: { id }, select: { _count: { select: { children: true, products: true } } } });
      if (!counts) throw new NotFoundError('category', id);
      if (counts._count.children > 0 || counts._count.products > 0) {
        throw new DomainError('invalid_input', `Only an empty category can be deleted; this one has ${counts._count.children} sub-categor${counts._count.children === 1 ? 'y' : 'ies'} and ${counts._count.products} product(s). Move them first.`);
      }
      await tx.category.delete({ where: { id } });
      return null;
    },
  });
}
