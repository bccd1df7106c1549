// Quotes for the checkout page: shipping options, tax and totals for a destination, with the
// reasons a cart cannot be checked out turned into one sentence for the page.
import { Email } from '@tandem/validators';
import type { CheckoutQuote } from '$lib/shop-types';
import type { Api } from './api';
import { formFailure, rethrowApiError } from '@tandem/web-kit/api-error';

export interface CheckoutState {
  quote: CheckoutQuote | null;
  /** Why the cart cannot be ordered as it is (sold out lines, nowhere to ship); empty when it can. */
  problem: string;
  /** The shipping method the totals include. */
  method: string;
}

/**
 * The quote for `country` with the chosen method; a method that does not ship there falls back to
 * the cheapest one that does. A guest's e-mail, once it is an address, goes along, so a
 * first-order discount shows only when the order will get it. An unreachable API is an error
 * page, anything else a `problem`.
 */
export async function quoteCheckout(api: Api, country: string, method = '', guestEmail = ''): Promise<CheckoutState> {
  const email = Email.safeParse(guestEmail);
  try {
    const quote = await api.checkout.quote.query({ country, shippingMethodCode: method || undefined, email: email.success ? email.data : undefined });
    if (!quote.shipping) return { quote, problem: 'Sorry, none of our shipping methods can deliver this order to that country.', method: '' };
    return { quote, problem: '', method: quote.shipping.code };
  } catch (cause) {
    const failure = formFailure(cause, ['shippingMethodCode']);
    if (method && failure.errors.shippingMethodCode) return quoteCheckout(api, country, '', guestEmail);
    if (failure.status >= 500) rethrowApiError(cause);
    return { quote: null, problem: failure.message, method: '' };
  }
}
