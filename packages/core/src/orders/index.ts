// The orders context's only public door.
export { applyPaymentUpdate, type PaymentUpdate, type PaymentUpdateResult } from './apply-payment-update.ts';
export { cancelOrder, cancelOrderWithin, expireUnpaidOrders } from './cancel-order.ts';
export { paymentUpdateOf } from './payment-events.ts';
export { paymentStateOf } from './payment-state.ts';
export { markOfflinePaymentReceived, refundOrder, type RefundRequest } from './settle-order.ts';
export { assertTransition, canTransition, refundState } from './order-status.ts';
export { orderForCustomer, ordersOfCustomer, placedOrderView, type WrittenOrder } from './order-views.ts';
export { createOrderService, type OrderService } from './order-service.ts';
export type * from './types.ts';
export { purchasedLines, paidOrders, type PurchasedLine, type PaidOrder } from './purchase-history.ts';
export { customerPurchasesSql, purchasingCustomersSql, type CustomerPurchasesWindow } from './customer-purchases-sql.ts';
export { productRevenue } from './product-revenue.ts';
export { createAdminOrderService, type AdminOrderService, type AdminOrderServiceOptions } from './admin-order-service.ts';
export type * from './admin-types.ts';
export { adoptGuestOrder } from './adopt-guest-order.ts';
export { recordOrder, orderIdForKey, type NewOrder, type NewOrderLine, type OrderKeyScope, type RecordedOrder } from './record-order.ts';
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
export { documentAttachmentRenderer } from './invoices/document-attachments.ts';
export type { DocumentSequence } from './invoices/document-counter.ts';
export type { DocumentSnapshot, SellerDetails } from './invoices/invoice-snapshot.ts';
export { applySellerDetails } from './invoices/seller-settings.ts';
export { anonymizeOrdersOf } from './anonymize-orders.ts';
export { importedOrderNumber, recordImportedOrders, type ImportedOrder, type ImportedOrderLine, type ImportedOrdersResult } from './import-orders.ts';
export { cancelOrderForShopper, SHOPPER_CANCEL_REASON, type ShopperCancelDeps } from './shopper-cancel.ts';
export {
  createReturnsAdminService,
  createShopperReturnsService,
  type OrderOwner,
  type ReturnServiceOptions,
  type ReturnsAdminService,
  type ShopperReturnsService,
} from './returns/return-service.ts';
export { DEFAULT_RETURN_WINDOW_DAYS, type ReturnPolicy } from './returns/return-policy.ts';
export { returnUpdateEmail, type ReturnEmailData } from './returns/return-emails.ts';
export type { ReturnOptions, ReturnQueueItem } from './returns/return-views.ts';
export type { ReturnDraft } from './returns/request-return.ts';
export type { ReturnRefundChoice } from './returns/refund-return.ts';
export { pickupLocationOf, type PickupLocation } from './pickup-location.ts';
export { howToPayOf, printedIban, type HowToPay, type OrderPaymentMethod, type PaymentChoice } from './payment-instructions.ts';
export { creditorReference, isValidCreditorReference, printedReference } from './payment-reference.ts';
export { remindUnpaidBankTransfers, paymentReminderEmail, PAYMENT_REMINDER_LEAD_MS, type PaymentReminderData } from './payment-reminders.ts';
