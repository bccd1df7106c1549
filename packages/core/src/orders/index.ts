// The orders context's only public door.
export { applyPaymentUpdate, type PaymentUpdate, type PaymentUpdateResult } from './apply-payment-update.ts';
export { cancelOrder, cancelOrderWithin, expireUnpaidOrders } from './cancel-order.ts';
export { paymentUpdateOf } from './payment-events.ts';
export { paymentStateOf } from './payment-state.ts';
export { markOfflinePaymentReceived, refundOrder, type RefundRequest } from './settle-order.ts';
export { assertTransition, canTransition, refundState } from './order-status.ts';
export { orderForCustomer, ordersOfCustomer } from './order-views.ts';
export { createOrderService, type OrderService } from './order-service.ts';
export type * from './types.ts';
export { purchasedLines, paidOrders, type PurchasedLine, type PaidOrder } from './purchase-history.ts';
export { productRevenue } from './product-revenue.ts';
export { createAdminOrderService, type AdminOrderService, type AdminOrderServiceOptions } from './admin-order-service.ts';
export type * from './admin-types.ts';
export { adoptGuestOrder } from './adopt-guest-order.ts';
export { recordOrder, orderIdForKey, type NewOrder, type NewOrderLine, type OrderKeyScope } from './record-order.ts';
export {
  GUEST_ORDER_LINK_LIFETIME_MS,
  guestOrderOwner,
  guestOrderPageUrl,
  issueGuestOrderAccess,
  orderForGuestToken,
  orderIdForGuestToken,
  placedGuestOrderView,
  type GuestOrderAccess,
  type GuestOrderOwner,
} from './guest-access.ts';
export { recordStartedPayment, setPaymentAmount, type StartedPayment } from './record-payment.ts';
export { repriceOrder, type OrderRepricing } from './reprice-order.ts';
export { addTimelineEntry, type TimelineEntry } from './order-timeline.ts';
export { stockDemand, type StockDemand, type StockLine } from './stock-demand.ts';
export {
  publishOrderEvent,
  orderEventJobHandlers,
  subscriberJobKind,
  ORDER_EVENT_JOB,
  type OrderEvent,
  type OrderEventType,
  type OrderEventHandlers,
  type OrderEventSubscriber,
} from './order-events.ts';
export { orderEmailSubscriber, type OrderEmailOptions } from './order-email-subscriber.ts';
export { documentFile, orderDocuments, type DocumentFile, type OrderDocument } from './invoices/document-views.ts';
export { renderDocumentPdf } from './invoices/document-pdf.ts';
export type { DocumentSequence } from './invoices/document-counter.ts';
export type { DocumentSnapshot, SellerDetails } from './invoices/invoice-snapshot.ts';
export { applySellerDetails } from './invoices/seller-settings.ts';
