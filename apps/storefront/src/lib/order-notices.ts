// The note an order page shows after the shopper changed the order (the cancel and return pages
// come back with `?cancelled=1` / `?returned=1`).

/** The sentence for the change the URL names, or an empty string. */
export function afterChangeNotice(url: URL): string {
  if (url.searchParams.get('cancelled') === '1') return 'Your order is cancelled. We sent you a confirmation by e-mail; anything you paid is refunded in full.';
  if (url.searchParams.get('returned') === '1') return 'Thank you — we received your return request and sent you a confirmation by e-mail. We will tell you how to send the items back.';
  return '';
}
