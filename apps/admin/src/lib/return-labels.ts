// A return's status in staff's words.

export const RETURN_STATUS_LABELS: Record<string, string> = {
  REQUESTED: 'Requested',
  APPROVED: 'Approved — awaiting the parcel',
  REJECTED: 'Rejected',
  RECEIVED: 'Received — to refund',
  REFUNDED: 'Refunded',
};
