// POST /webhooks/payments: the provider tells us what happened to a payment. The signature is
// verified on the raw body; the event is applied once (receipts by event id) and only if it is
// not older than what the payment already knows. The provider's word, not the browser's return,
// is what marks an order paid.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { applyPaymentUpdate, paymentUpdateOf } from '@tandem/core/orders';
import { DomainError } from '@tandem/core/shared';
import type { PrismaClient } from '@tandem/db';
import { WebhookVerificationError, type PaymentProvider } from '@tandem/payments';
import { MAX_WEBHOOK_BODY_BYTES, readBoundedBody } from './request-limits.ts';

export function createPaymentWebhookHandler(prisma: PrismaClient, payments: PaymentProvider) {
  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const body = await readBoundedBody(req, res, MAX_WEBHOOK_BODY_BYTES);
    if (body === null) return;
    let event;
    try {
      event = await payments.parseWebhook(body, req.headers);
    } catch (error) {
      if (error instanceof WebhookVerificationError) return reply(res, 400, { error: `Webhook rejected: ${error.reason}` });
      throw error;
    }
    const update = paymentUpdateOf(event);
    if (!update) return reply(res, 200, { received: true, ignored: true });
    try {
      const result = await applyPaymentUpdate(prisma, update);
      reply(res, 200, { received: true, result });
    } catch (error) {
      // An event for a payment we do not know yet (it may still be committing): ask for a retry.
      if (error instanceof DomainError) return reply(res, 409, { error: error.message });
      throw error;
    }
  };
}

function reply(res: ServerResponse, status: number, body: unknown): void {
  res.statusCode = status;
  res.setHeader('Content-Type', 'application/json');
  res.end(JSON.stringify(body));
}
