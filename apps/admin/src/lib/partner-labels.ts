// How partner statuses read in the admin.
import type { RouterOutputs } from './staff';

export type PartnerStatus = RouterOutputs['adminPartners']['detail']['status'];

export const PARTNER_STATUS_LABELS: Record<PartnerStatus, string> = {
  PENDING: 'Pending review',
  APPROVED: 'Approved',
  REJECTED: 'Rejected',
  SUSPENDED: 'Suspended',
};

export const PARTNER_STATUS_BADGES: Record<PartnerStatus, string> = {
  PENDING: 'badge badge--warn',
  APPROVED: 'badge',
  REJECTED: 'badge badge--danger',
  SUSPENDED: 'badge badge--danger',
};
