// Feeds by URL: each scheduled feed with its state and last outcome, the form that registers or
// changes one, "Fetch now" and removal. Fetches run in the API's job worker; this page only asks.
import { fail } from '@sveltejs/kit';
import { rethrowApiError } from '@tandem/web-kit/api-error';
import { refusedForm } from '@tandem/web-kit/form-failure';
import { textFields } from '@tandem/web-kit/forms';
import { OFFER_FEED_EVERY_HOURS } from '@tandem/validators';
import { isConfirmed, notConfirmed } from '$lib/server/confirmation';
import { readScheduleForm } from './schedule-form';
import type { Actions, PageServerLoad } from './$types';

export const load = (async ({ locals }) => {
  const [sources, schedules] = await Promise.all([locals.api.offers.sources.query(), locals.api.offers.feedSchedules.query()]).catch(rethrowApiError);
  return { sources, schedules, intervals: [...OFFER_FEED_EVERY_HOURS] };
}) satisfies PageServerLoad;

const SHOWN = ['name', 'slug', 'kind', 'homepageUrl', 'url', 'format', 'everyHours'];

export const actions = {
  save: async ({ locals, request }) => {
    const sources = await locals.api.offers.sources.query().catch(rethrowApiError);
    const read = readScheduleForm(await request.formData(), sources);
    if (!read.ok) return fail(400, { values: read.values, errors: read.errors, message: 'Please check the feed.', saved: false });
    try {
      await locals.api.offers.setFeedSchedule.mutate(read.data);
      return { values: read.values, errors: {}, message: '', saved: true };
    } catch (cause) {
      return refusedForm({ values: read.values, saved: false }, cause, SHOWN);
    }
  },
  fetchNow: async ({ locals, request }) => {
    const { sourceSlug } = textFields(await request.formData(), ['sourceSlug']);
    try {
      const { queued } = await locals.api.offers.fetchFeedNow.mutate({ sourceSlug });
      return { fetched: sourceSlug, notice: queued ? 'The fetch is queued; its progress shows below.' : 'A fetch of this feed is already queued or under way.' };
    } catch (cause) {
      return refusedForm({ fetched: sourceSlug }, cause, []);
    }
  },
  remove: async ({ locals, request }) => {
    const form = await request.formData();
    if (!isConfirmed(form)) return notConfirmed('Confirm that the feed should no longer be fetched.');
    const { sourceSlug } = textFields(form, ['sourceSlug']);
    try {
      await locals.api.offers.removeFeedSchedule.mutate({ sourceSlug });
      return { removed: sourceSlug };
    } catch (cause) {
      return refusedForm({}, cause, []);
    }
  },
} satisfies Actions;
