// Marketing → Segments: today's sizes, the four customer tiers, sizes over time, and "Recompute now", which queues the
// job and comes back here with `?run=<id>` so the page can follow its progress.
import { redirect } from '@sveltejs/kit';
import { rethrowApiError } from '@tandem/web-kit/api-error';
import { rangeDays } from '$lib/chart-range';
import type { Actions, PageServerLoad } from './$types';

export const load = (async ({ locals, url }) => {
  const days = rangeDays(url);
  const runId = url.searchParams.get('run');
  const [summary, tiers, history, run] = await Promise.all([
    locals.api.adminPersonalization.segments.query(),
    locals.api.adminPersonalization.tiers.query(),
    locals.api.adminPersonalization.segmentHistory.query({ days }),
    // A run id from an old link or typed by hand that is not a segments run simply shows nothing.
    runId ? locals.api.adminPersonalization.segmentRun.query({ id: runId.slice(0, 64) }).catch(() => null) : Promise.resolve(null),
  ]).catch(rethrowApiError);
  return { summary, tiers, history, run, days };
}) satisfies PageServerLoad;

export const actions = {
  recompute: async ({ locals, url }) => {
    const { runId } = await locals.api.adminPersonalization.requestSegmentRecompute.mutate().catch(rethrowApiError);
    redirect(303, `/marketing/segments?days=${rangeDays(url)}&run=${encodeURIComponent(runId)}`);
  },
} satisfies Actions;
