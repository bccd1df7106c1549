// Pages and actions for signed-in customers only.
import { redirect } from '@sveltejs/kit';
import { returnPath, signInPath } from '$lib/safe-next';
import type { SignedInCustomer } from '$lib/shop-types';

/** The signed-in customer, or a redirect to sign-in that comes back to this page. */
export function requireCustomer(locals: App.Locals, url: URL): SignedInCustomer {
  if (!locals.customer) redirect(303, signInPath(returnPath(url)));
  return locals.customer;
}
