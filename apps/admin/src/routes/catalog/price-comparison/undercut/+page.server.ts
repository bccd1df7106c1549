// Where competitors are cheaper, sorted by revenue at risk, with a clearance proposal per product
// that never goes below the floor chosen here (a share of the catalog price).
import { rethrowApiError } from '@tandem/web-kit/api-error';
import type { PageServerLoad } from './$types';

const DEFAULT_FLOOR_PERCENT = 70;

/** The floor typed in the page's form: a whole percent 0–99, else the default. */
function floorPercentOf(url: URL): { percent: number; error: string | null } {
  const typed = url.searchParams.get('floor');
  if (typed === null || typed === '') return { percent: DEFAULT_FLOOR_PERCENT, error: null };
  const n = /^\d{1,2}$/.test(typed.trim()) ? Number(typed.trim()) : Number.NaN;
  return Number.isNaN(n) ? { percent: DEFAULT_FLOOR_PERCENT, error: 'The floor is a whole percent from 0 to 99; the default 70% is used.' } : { percent: n, error: null };
}

export const load = (async ({ locals, url }) => {
  const floor = floorPercentOf(url);
  const lines = await locals.api.offers.undercut.query({ limit: 100, floorBps: floor.percent * 100 }).catch(rethrowApiError);
  return { lines, floorPercent: floor.percent, floorError: floor.error, canReact: locals.staff?.permissions.includes('marketing') ?? false };
}) satisfies PageServerLoad;
