import type { PaymentStateEvent, PaymentStatus, RefundReason, RefundResult } from '../types.ts';

/** A refund the offline provider has made. */
export interface OfflineRefund extends RefundResult {
  idempotencyKey: string;
  reason: RefundReason | null;
}

/** Everything the offline provider knows about one payment. */
export interface OfflinePayment {
  providerRef: string;
  idempotencyKey: string;
  orderId: string;
  amount: number;
  currency: string;
  status: PaymentStatus;
  /** Manual-capture payments (`authorizePayment`) hold `authorizedAmount` until captured. */
  captureMethod?: 'automatic' | 'manual';
  authorizedAmount?: number;
  /** The idempotency key of the capture that settled a manual-capture payment. */
  captureKey?: string | null;
  amountRefunded: number;
  refunds: OfflineRefund[];
  customerEmail: string | null;
  metadata: Record<string, string>;
  /** The event `markPaid` returned, kept so a second call returns the same event id. */
  paidEvent: PaymentStateEvent | null;
  createdAt: Date;
}

/**
 * Where the offline provider keeps its payments. The default keeps them in this process's
 * memory (gone on restart, which is fine for a demo: the orders context persists what matters).
 * Pass a database-backed store to `OfflinePaymentProvider` to keep admin actions working
 * across restarts.
 */
export interface OfflinePaymentStore {
  get(providerRef: string): Promise<OfflinePayment | undefined>;
  findByIdempotencyKey(idempotencyKey: string): Promise<OfflinePayment | undefined>;
  save(payment: OfflinePayment): Promise<void>;
}

/** The in-memory default. Copies on the way in and out, so callers cannot mutate its state. */
export class MemoryOfflinePaymentStore implements OfflinePaymentStore {
  private readonly byRef = new Map<string, OfflinePayment>();
  private readonly refByKey = new Map<string, string>();

  async get(providerRef: string): Promise<OfflinePayment | undefined> {
    const payment = this.byRef.get(providerRef);
    return payment && structuredClone(payment);
  }

  async findByIdempotencyKey(idempotencyKey: string): Promise<OfflinePayment | undefined> {
    const ref = this.refByKey.get(idempotencyKey);
    return ref === undefined ? undefined : this.get(ref);
  }

  async save(payment: OfflinePayment): Promise<void> {
    this.byRef.set(payment.providerRef, structuredClone(payment));
    this.refByKey.set(payment.idempotencyKey, payment.providerRef);
  }
}
