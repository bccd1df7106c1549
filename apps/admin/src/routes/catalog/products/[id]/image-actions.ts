// The editor's image forms: upload (multipart from the browser; sent on to the API as base64),
// alt text, move earlier or later, delete.
import { redirect, type RequestEvent } from '@sveltejs/kit';
import { invalidForm, refusedForm } from '@tandem/web-kit/form-failure';
import { isConfirmed, notConfirmed } from '$lib/server/confirmation';

type Event = RequestEvent<{ id: string }>;
const MAX_BYTES = 5 * 1024 * 1024;
const back = (id: string) => redirect(303, `/catalog/products/${id}?saved=1#images`);

export const imageActions = {
  upload: async ({ locals, params, request }: Event) => {
    const form = await request.formData();
    const file = form.get('file');
    const alt = String(form.get('alt') ?? '').trim();
    if (!(file instanceof File) || file.size === 0) return invalidForm({ form: 'upload', alt }, { file: ['Choose an image file'] });
    if (file.size > MAX_BYTES) return invalidForm({ form: 'upload', alt }, { file: ['Images are at most 5 MB'] });
    if (!alt) return invalidForm({ form: 'upload', alt }, { alt: ['Describe the image for people who cannot see it'] });
    try {
      const dataBase64 = Buffer.from(await file.arrayBuffer()).toString('base64');
      await locals.api.adminCatalog.images.upload.mutate({ productId: params.id, alt, dataBase64 });
    } catch (cause) {
      return refusedForm({ form: 'upload', alt }, cause, ['file', 'alt']);
    }
    back(params.id);
  },
  alt: async ({ locals, params, request }: Event) => {
    const form = await request.formData();
    const id = String(form.get('id') ?? '');
    try {
      await locals.api.adminCatalog.images.update.mutate({ id, alt: String(form.get('alt') ?? '') });
    } catch (cause) {
      return refusedForm({ form: `image-${id}` }, cause, ['alt']);
    }
    back(params.id);
  },
  move: async ({ locals, params, request }: Event) => {
    const form = await request.formData();
    const order = String(form.get('order') ?? '').split(',').filter(Boolean);
    const at = order.indexOf(String(form.get('id') ?? ''));
    const to = at + (form.get('direction') === 'up' ? -1 : 1);
    if (at < 0 || to < 0 || to >= order.length) back(params.id);
    [order[at], order[to]] = [order[to]!, order[at]!];
    try {
      await locals.api.adminCatalog.images.reorder.mutate({ productId: params.id, imageIds: order });
    } catch (cause) {
      return refusedForm({ form: 'images' }, cause, []);
    }
    back(params.id);
  },
  deleteImage: async ({ locals, params, request }: Event) => {
    const form = await request.formData();
    if (!isConfirmed(form)) return notConfirmed();
    try {
      await locals.api.adminCatalog.images.delete.mutate({ id: String(form.get('id') ?? '') });
    } catch (cause) {
      return refusedForm({ form: 'images' }, cause, []);
    }
    back(params.id);
  },
};
