// Portal pages: a signed-in customer whose partner account is approved; others get a 403 page
// that says why (the API's partnerProcedure decides).
import { rethrowApiError } from '@tandem/web-kit/api-error';
import { requireCustomer } from '$lib/server/guard';

export async function partnerQuery<T>(locals: App.Locals, url: URL, query: () => Promise<T>): Promise<T> {
  requireCustomer(locals, url);
  return query().catch(rethrowApiError);
}
