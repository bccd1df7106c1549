// Input checks every adapter runs before talking to its backend, so both refuse the same
// inputs with the same error (and a bad amount never reaches Stripe).
import { PaymentProviderError } from './errors.ts';
import type { CaptureInput, CreatePaymentInput, RefundInput } from './types.ts';

function invalid(provider: string, message: string): PaymentProviderError {
  return new PaymentProviderError('invalid_request', message, false, provider);
}

export function requireAmount(provider: string, amount: number, what = 'amount'): number {
  if (!Number.isSafeInteger(amount) || amount <= 0) {
    throw invalid(provider, `${what} must be a positive whole number of minor units, got ${amount}`);
  }
  return amount;
}

/** Upper-case ISO 4217 code (`eur` → `EUR`). */
export function normalizeCurrency(provider: string, currency: string): string {
  if (!/^[A-Za-z]{3}$/.test(currency)) throw invalid(provider, `currency must be a 3-letter ISO 4217 code, got "${currency}"`);
  return currency.toUpperCase();
}

export function requireText(provider: string, value: string, what: string): string {
  if (typeof value !== 'string' || value.trim() === '') throw invalid(provider, `${what} is required`);
  if (value.length > 255) throw invalid(provider, `${what} is longer than 255 characters`);
  return value;
}

export function checkCreateInput(provider: string, input: CreatePaymentInput): CreatePaymentInput {
  requireText(provider, input.orderId, 'orderId');
  requireText(provider, input.idempotencyKey, 'idempotencyKey');
  requireAmount(provider, input.amount);
  return { ...input, currency: normalizeCurrency(provider, input.currency) };
}

export function checkRefundInput(provider: string, input: RefundInput): RefundInput {
  requireText(provider, input.providerRef, 'providerRef');
  requireText(provider, input.idempotencyKey, 'idempotencyKey');
  requireAmount(provider, input.amount, 'refund amount');
  return input;
}

export function checkCaptureInput(provider: string, input: CaptureInput): CaptureInput {
  requireText(provider, input.providerRef, 'providerRef');
  requireText(provider, input.idempotencyKey, 'idempotencyKey');
  requireAmount(provider, input.amount, 'capture amount');
  return input;
}
