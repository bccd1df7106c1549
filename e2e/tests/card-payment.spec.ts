// A guest pays by card through the Stripe path, end to end, with no network beyond this machine.
//
// Real: the storefront, the API and its database; checkout offering card because the API has
// Stripe keys; the API creating the PaymentIntent with Stripe's own Node SDK against stripe-mock
// (Stripe's official mock, which checks every path and parameter against Stripe's OpenAPI
// spec); the order page with the Payment Element's mount point, trying to load Stripe.js from
// js.stripe.com; the API's webhook route verifying the signature and marking the order paid;
// the payment-received e-mail over SMTP into Mailpit.
//
// Driven by this spec, because they cannot happen offline: Stripe.js cannot load (the spec
// checks the shopper is told so, and cannot press "Pay now" at a form that is not there), so the
// spec makes the call Stripe.js's confirmPayment makes — POST /v1/payment_intents/<id>/confirm
// with the client secret the API handed the page — against stripe-mock. stripe-mock refuses
// publishable keys, so that call carries the test secret key the API uses instead of the
// storefront's pk_test key; and its client secret is a fixed one that does not name the
// PaymentIntent it created, so the id comes from the admin's order detail (staff API). stripe-mock is stateless (it never sends webhooks and answers fixed
// objects), so the spec builds the `payment_intent.succeeded` event Stripe would send for that
// PaymentIntent and signs it with the webhook secret, as Stripe signs it.
//
// Runs when E2E_STRIPE_MOCK_URL is set: scripts/test.sh starts stripe-mock and runs this spec in
// a run of its own, because an API with Stripe keys makes card the first method of every spec.
import { expect, test } from '../support/test.ts';
import Stripe from 'stripe';
import { openProductInStock, placeGuestOrder } from '../support/checkout.ts';
import { mailpitApiUrl, noMailpitReason, waitForEmail } from '../support/mailpit.ts';
import { staffToken } from '../support/partner-setup.ts';
import { callApi } from '../support/staff.ts';

const stripeMockUrl = process.env.E2E_STRIPE_MOCK_URL ?? '';
const apiUrl = process.env.TANDEM_E2E_API_URL ?? '';

interface GuestOrderView {
  id: string;
  number: string;
  total: { amount: number; currency: string };
  payment: { provider: string; state: string; clientSecret: string | null } | null;
}

/** The event Stripe sends when the PaymentIntent succeeds, as one JSON body and its signature. */
function signedSucceededEvent(intentId: string, order: GuestOrderView, secret: string) {
  const payload = JSON.stringify({
    id: `evt_e2e_${Date.now()}`,
    object: 'event',
    type: 'payment_intent.succeeded',
    created: Math.floor(Date.now() / 1000),
    api_version: '2026-10-28.endive',
    livemode: false,
    pending_webhooks: 1,
    request: { id: null, idempotency_key: null },
    data: {
      object: {
        id: intentId, object: 'payment_intent', status: 'succeeded', amount: order.total.amount, amount_received: order.total.amount,
        currency: order.total.currency.toLowerCase(), metadata: { orderId: order.id },
      },
    },
  });
  return { payload, signature: Stripe.webhooks.generateTestHeaderString({ payload, secret }) };
}

const deliverWebhook = (payload: string, signature: string) =>
  fetch(`${apiUrl}/webhooks/payments`, { method: 'POST', headers: { 'content-type': 'application/json', 'stripe-signature': signature }, body: payload });

const answerOf = async (response: Promise<Response>) => {
  const answer = await response;
  return { status: answer.status, body: (await answer.json()) as unknown };
};

test.skip(!stripeMockUrl, 'E2E_STRIPE_MOCK_URL is not set: scripts/test.sh starts stripe-mock (Go module proxy) and runs this spec with it');
test.skip(!mailpitApiUrl, noMailpitReason);

test('a guest pays by card: the PaymentIntent is confirmed, the signed webhook marks the order paid, the receipt arrives', async ({ page }) => {
  const email = `card-${Date.now()}-${Math.random().toString(36).slice(2, 8)}@example.test`;
  const stripeJs: string[] = [];
  page.on('requestfailed', (request) => {
    if (new URL(request.url()).hostname === 'js.stripe.com') stripeJs.push(request.url());
  });
  await openProductInStock(page);
  await page.getByRole('button', { name: 'Add to cart' }).click();
  await expect(page.getByRole('status').filter({ hasText: /Added 1 ×/ })).toBeVisible();
  await page.goto('/checkout');
  await placeGuestOrder(page, email, /^Card and other online methods/);

  // The order page holds the Payment Element's mount point and says plainly that the form cannot load.
  const cardForm = page.getByRole('form', { name: 'Pay by card' });
  await expect(cardForm.getByTestId('stripe-payment-element')).toBeAttached();
  await expect(cardForm.getByRole('alert')).toHaveText(/card payment form could not be loaded from Stripe.+Your order stays reserved/, { timeout: 20_000 });
  await expect(cardForm.getByRole('button', { name: 'Pay now' })).toBeDisabled();
  expect(stripeJs).toEqual(['https://js.stripe.com/v3/']);
  await expect(page.getByText('Awaiting payment', { exact: true })).toBeVisible();

  const token = decodeURIComponent(/\/orders\/guest\/([^/?]+)/.exec(page.url())![1]!);
  const order = await callApi<GuestOrderView>('query', 'checkout.guestOrder', { token });
  expect(order.payment).toMatchObject({ provider: 'stripe', clientSecret: expect.stringMatching(/^pi_\w+_secret_\w+$/) });
  const clientSecret = order.payment!.clientSecret!;
  // With Stripe the id is the client secret's prefix (Stripe.js reads it there); stripe-mock answers
  // a fixed client secret whatever id it generated, so the spec takes the id the API recorded, as
  // staff see it on the admin's order page.
  const staff = await staffToken();
  const detail = await callApi<{ payments: { provider: string; providerRef: string }[] }>('query', 'adminOrders.detail', { id: order.id }, staff);
  const intentId = detail.payments.find((p) => p.provider === 'stripe')!.providerRef;
  expect(intentId).toMatch(/^pi_\w+$/);

  const confirm = await fetch(`${stripeMockUrl}/v1/payment_intents/${intentId}/confirm`, {
    method: 'POST',
    headers: { authorization: `Bearer ${process.env.TANDEM_E2E_STRIPE_SECRET_KEY}`, 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ client_secret: clientSecret, payment_method: 'pm_card_visa', return_url: page.url() }),
  });
  expect(confirm.status).toBe(200);
  expect(((await confirm.json()) as { id: string }).id).toBe(intentId);

  // A webhook signed with another secret is refused and changes nothing.
  const secret = process.env.TANDEM_E2E_STRIPE_WEBHOOK_SECRET!;
  const forged = signedSucceededEvent(intentId, order, `${secret}x`);
  expect(await answerOf(deliverWebhook(forged.payload, forged.signature))).toMatchObject({ status: 400 });
  await page.reload();
  await expect(page.getByText('Awaiting payment', { exact: true })).toBeVisible();

  const event = signedSucceededEvent(intentId, order, secret);
  expect(await answerOf(deliverWebhook(event.payload, event.signature))).toEqual({ status: 200, body: { received: true, result: 'applied' } });
  // Stripe retries a webhook until it is acknowledged: the same event again has no second effect.
  expect(await answerOf(deliverWebhook(event.payload, event.signature))).toEqual({ status: 200, body: { received: true, result: 'duplicate' } });

  await page.reload();
  await expect(page.getByText('Paid', { exact: true })).toBeVisible();
  await expect(page.getByText('We have received your payment and are getting your order ready.')).toBeVisible();
  await expect(page.getByRole('form', { name: 'Pay by card' })).toHaveCount(0);

  const receipt = await waitForEmail(email, new RegExp(`Payment received for order ${order.number}`));
  expect(receipt.Text).toMatch(/\/orders\/guest\/[A-Za-z0-9_-]{20,}/);
});
