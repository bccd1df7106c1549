import { refusedForm } from '@tandem/web-kit/form-failure';
import { requireCustomer } from '$lib/server/guard';
import { partnerQuery } from '../partner-guard';
import type { Actions, PageServerLoad } from './$types';

export const load = (async ({ locals, url }) => {
  const mine = await partnerQuery(locals, url, () => locals.api.rings.mine.query());
  const snippets = await Promise.all(mine.rings.filter((r) => r.membership).map(async (r) => ({ slug: r.slug, name: r.name, ...(await locals.api.rings.snippet.query({ slug: r.slug })) })));
  return { ...mine, snippets };
}) satisfies PageServerLoad;

const text = (form: FormData, name: string) => String(form.get(name) ?? '').trim();

export const actions = {
  join: async ({ locals, request, url }) => {
    requireCustomer(locals, url);
    const form = await request.formData();
    const values = { slug: text(form, 'slug'), pageUrl: text(form, 'pageUrl'), message: text(form, 'message') };
    try {
      await locals.api.rings.join.mutate(values);
      return { done: `Asked to join. The ring's owner decides.`, slug: values.slug };
    } catch (cause) {
      return refusedForm(values, cause, ['pageUrl', 'message']);
    }
  },
  leave: async ({ locals, request, url }) => {
    requireCustomer(locals, url);
    const slug = text(await request.formData(), 'slug');
    try {
      await locals.api.rings.leave.mutate({ slug });
      return { done: 'You left the ring.', slug };
    } catch (cause) {
      return refusedForm({ slug }, cause, []);
    }
  },
  decide: async ({ locals, request, url }) => {
    requireCustomer(locals, url);
    const form = await request.formData();
    const values = { requestId: text(form, 'requestId'), decision: text(form, 'decision') === 'APPROVED' ? ('APPROVED' as const) : ('REJECTED' as const) };
    try {
      await locals.api.rings.decide.mutate(values);
      return { done: values.decision === 'APPROVED' ? 'Request approved: the site is now a member.' : 'Request rejected.' };
    } catch (cause) {
      return refusedForm(values, cause, []);
    }
  },
  move: async ({ locals, request, url }) => {
    requireCustomer(locals, url);
    const form = await request.formData();
    const slug = text(form, 'slug');
    const order = text(form, 'order').split(',').filter(Boolean);
    const index = order.indexOf(text(form, 'memberId'));
    const to = index + (text(form, 'direction') === 'up' ? -1 : 1);
    if (index < 0 || to < 0 || to >= order.length) return { done: '' };
    [order[index], order[to]] = [order[to]!, order[index]!];
    try {
      await locals.api.rings.reorder.mutate({ slug, memberIds: order });
      return { done: 'Order saved.' };
    } catch (cause) {
      return refusedForm({ slug }, cause, []);
    }
  },
} satisfies Actions;
