import { fail, redirect } from '@sveltejs/kit';
import { MAX_PARTNER_IMAGE_BYTES_HINT, imageUploadFrom } from './image-upload';
import { PARTNER_ITEM_FIELDS, partnerItemFromForm } from '$lib/partner-item-form';
import { apiErrorCode, formFailure, rethrowApiError } from '@tandem/web-kit/api-error';
import { newFormKey } from '@tandem/web-kit/form-key';
import { requireCustomer } from '$lib/server/guard';
import type { Actions, PageServerLoad } from './$types';

export const load = (async ({ locals, url }) => {
  requireCustomer(locals, url);
  try {
    const [mine, stats] = await Promise.all([locals.api.partnerContent.mine.query(), locals.api.partnerContent.stats.query({ days: 30 })]);
    // A fresh key each time the page loads (and after each save): one item per add form.
    return { partner: true as const, ...mine, stats, maxImage: MAX_PARTNER_IMAGE_BYTES_HINT, createKey: newFormKey() };
  } catch (cause) {
    // Signed in but not (yet) an approved partner: the page says how to become one.
    if (apiErrorCode(cause) === 'FORBIDDEN') return { partner: false as const };
    rethrowApiError(cause);
  }
}) satisfies PageServerLoad;

export const actions = {
  save: async ({ request, locals, url }) => {
    requireCustomer(locals, url);
    const form = await request.formData();
    const { values, result } = partnerItemFromForm(form);
    if (!result.ok) return fail(400, { action: 'save', values, errors: result.errors, message: 'Please check the item.' });
    const image = await imageUploadFrom(form.get('image'));
    if (image && 'error' in image) return fail(400, { action: 'save', values, errors: { image: [image.error] }, message: 'Please check the image.' });
    let saved: { status: string };
    try {
      saved = await locals.api.partnerContent.save.mutate({ ...result.data, ...(image ? { image } : {}) });
    } catch (cause) {
      const failure = formFailure(cause, [...PARTNER_ITEM_FIELDS, 'categories', 'priceAmount', 'image']);
      return fail(failure.status, { action: 'save', values, errors: failure.errors, message: failure.message });
    }
    // An edit goes back to the list (out of ?edit=), saying whether the change waits for review.
    if (result.data.id) redirect(303, `/partners/content?saved=${saved.status === 'PENDING' ? 'review' : 'ok'}`);
    return { action: 'save', done: saved.status === 'PENDING' ? 'Saved. Our team reviews it before it appears in the shop.' : 'Saved.' };
  },
  remove: async ({ request, locals, url }) => {
    requireCustomer(locals, url);
    const itemId = String((await request.formData()).get('itemId') ?? '');
    try {
      await locals.api.partnerContent.remove.mutate({ itemId });
      return { action: 'remove', done: 'Item removed.' };
    } catch (cause) {
      return fail(400, { action: 'remove', message: formFailure(cause, []).message });
    }
  },
  setFeed: async ({ request, locals, url }) => {
    requireCustomer(locals, url);
    const feedUrl = String((await request.formData()).get('feedUrl') ?? '').trim();
    try {
      await locals.api.partnerContent.setFeed.mutate({ url: feedUrl || null });
      return { action: 'feed', done: feedUrl ? 'Feed saved: we fetch it in a moment and then every few hours.' : 'Feed removed.' };
    } catch (cause) {
      const failure = formFailure(cause, ['url']);
      return fail(failure.status, { action: 'feed', feedUrl, errors: failure.errors, message: failure.message });
    }
  },
} satisfies Actions;
