// Downloads everything recorded about the customer's behaviour, as JSON.
import { rethrowApiError } from '@tandem/web-kit/api-error';
import { requireCustomer } from '$lib/server/guard';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async ({ locals, url }) => {
  requireCustomer(locals, url);
  const [profile, behaviour] = await Promise.all([locals.api.account.profile.query(), locals.api.personalData.exportBehaviour.query()]).catch(rethrowApiError);
  const body = JSON.stringify({ exportedAt: new Date().toISOString(), profile, ...behaviour }, null, 2);
  return new Response(body, {
    headers: {
      'content-type': 'application/json; charset=utf-8',
      'content-disposition': 'attachment; filename="tandem-my-data.json"',
      'cache-control': 'no-store',
    },
  });
};
