// Product images: uploaded bytes are checked (type from the bytes, size limit, SVGs sanitised
// and refused when they hold anything active), stored under the media folder by content hash — the same file uploaded
// twice is stored once — and listed in order with alt text. Every change is audited.
import { createHash } from 'node:crypto';
import { mkdir, rename, unlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Prisma, PrismaClient } from '@tandem/db';
import { auditedChange, type StaffActor } from '../../staff/index.ts';
import { DomainError } from '../../shared/index.ts';
import { inspectProductImage } from './image-bytes.ts';
import { assertProductExists } from './products.ts';

type Tx = Prisma.TransactionClient;

const IMAGE_FIELDS = { id: true, productId: true, url: true, alt: true, width: true, height: true, position: true } as const;
export type ImageSnapshot = Prisma.ProductImageGetPayload<{ select: typeof IMAGE_FIELDS }>;

/** Uploaded files live in `<MEDIA_DIR>/uploads` and are served at `/media/uploads/…`. */
const UPLOADS = 'uploads';

const loadImage = (tx: Tx, id: string) => tx.productImage.findUnique({ where: { id }, select: IMAGE_FIELDS });

/** Writes the file under its content hash (atomically: temp file, then rename); returns its URL. */
async function storeFile(mediaDir: string, bytes: Uint8Array, extension: string): Promise<string> {
  const name = `${createHash('sha256').update(bytes).digest('hex').slice(0, 32)}.${extension}`;
  const folder = path.join(mediaDir, UPLOADS);
  await mkdir(folder, { recursive: true });
  const temp = path.join(folder, `.${name}.${process.pid}.${Date.now()}.tmp`);
  await writeFile(temp, bytes);
  await rename(temp, path.join(folder, name));
  return `/media/${UPLOADS}/${name}`;
}

export interface UploadImageCommand {
  productId: string;
  alt: string;
  bytes: Uint8Array;
}

/** Adds an image at the end of the product's list. */
export async function uploadProductImage(prisma: PrismaClient, actor: StaffActor, mediaDir: string, command: UploadImageCommand): Promise<ImageSnapshot> {
  const image = await inspectProductImage(command.bytes);
  await assertProductExists(prisma, command.productId);
  // The inspected bytes, not the upload: for an SVG they are the sanitised document.
  const url = await storeFile(mediaDir, image.bytes, image.extension);
  return auditedChange(prisma, actor, {
    action: 'catalog.image.upload', entityType: 'ProductImage', label: 'image', load: loadImage,
    apply: async (tx) => {
      await assertProductExists(tx, command.productId);
      const last = await tx.productImage.aggregate({ where: { productId: command.productId }, _max: { position: true } });
      return tx.productImage.create({
        data: { productId: command.productId, url, alt: command.alt, width: image.width, height: image.height, position: (last._max.position ?? -1) + 1 },
        select: IMAGE_FIELDS,
      });
    },
  });
}

export async function updateImageAlt(prisma: PrismaClient, actor: StaffActor, input: { id: string; alt: string }): Promise<ImageSnapshot> {
  return auditedChange(prisma, actor, {
    action: 'catalog.image.update', entityType: 'ProductImage', label: 'image', id: input.id, load: loadImage,
    apply: (tx) => tx.productImage.update({ where: { id: input.id }, data: { alt: input.alt }, select: IMAGE_FIELDS }),
  });
}

/** Puts the product's images in the given order (every image of the product, each once). */
export async function reorderImages(prisma: PrismaClient, actor: StaffActor, input: { productId: string; imageIds: string[] }): Promise<{ id: string; order: string[] }> {
  const loadOrder = async (tx: Tx, productId: string) => {
    const product = await tx.product.findUnique({ where: { id: productId }, select: { id: true, images: { select: { id: true }, orderBy: [{ position: 'asc' }, { id: 'asc' }] } } });
    return product ? { id: product.id, order: product.images.map((i) => i.id) } : null;
  };
  return auditedChange(prisma, actor, {
    action: 'catalog.image.reorder', entityType: 'Product', label: 'product', id: input.productId, load: loadOrder,
    apply: async (tx) => {
      const current = (await loadOrder(tx, input.productId))!;
      const same = current.order.length === input.imageIds.length && new Set(input.imageIds).size === input.imageIds.length && input.imageIds.every((id) => current.order.includes(id));
      if (!same) throw new DomainError('invalid_input', 'The new order must list each of the product’s images exactly once; reload and try again.', { imageIds: ['Not the product’s images'] });
      for (const [position, id] of input.imageIds.entries()) await tx.productImage.update({ where: { id }, data: { position } });
      return (await loadOrder(tx, input.productId))!;
    },
  });
}

/** Deletes an image; its file goes too once no other image uses the same bytes. */
export async function deleteProductImage(prisma: PrismaClient, actor: StaffActor, mediaDir: string, id: string): Promise<void> {
  let url = '';
  await auditedChange(prisma, actor, {
    action: 'catalog.image.delete', entityType: 'ProductImage', label: 'image', id, load: loadImage,
    apply: async (tx) => {
      url = (await tx.productImage.delete({ where: { id }, select: { url: true } })).url;
      return null;
    },
  });
  // After the commit: a failed delete must not leave a row pointing at a missing file.
  if (url.startsWith(`/media/${UPLOADS}/`) && (await prisma.productImage.count({ where: { url } })) === 0) {
    await unlink(path.join(mediaDir, UPLOADS, path.basename(url))).catch(() => undefined);
  }
}
