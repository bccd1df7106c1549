// The order a route's path names: an account order id, or a guest order link's token. Anything
// that is no id or token is a 404 before the API is asked, with the sentence the pages use.
import { error } from '@sveltejs/kit';
import { EntityId, GuestOrderTokenInput } from '@tandem/validators';

/** The order id from the path of an account order page. */
export function orderIdOf(params: { id: string }): string {
  if (!EntityId.safeParse(params.id).success) error(404, 'There is no such order.');
  return params.id;
}

/** The token from the path of a guest order page. */
export function guestTokenOf(params: { token: string }): string {
  const parsed = GuestOrderTokenInput.safeParse({ token: params.token });
  if (!parsed.success) error(404, 'This order link is not valid or has expired.');
  return parsed.data.token;
}

/** The guest order page a token opens. */
export const guestOrderPath = (token: string) => `/orders/guest/${encodeURIComponent(token)}`;
