import type { PartnerModel } from '@tandem/db';

/** Where a partner stands: PENDING, APPROVED, REJECTED or SUSPENDED. */
export type PartnerStatus = PartnerModel['status'];

/** The staff member acting, as the audit log records them. */
export interface PartnerReviewer {
  id: string;
  email: string;
  name: string;
}

/** The signed-in customer applying. */
export interface Applicant {
  id: string;
  email: string;
  name: string;
}

/** An application as its applicant sees it; `reviewNote` is the reason of a rejection or suspension. */
export interface PartnerApplicationView {
  code: string;
  name: string;
  websiteUrl: string;
  contactEmail: string;
  status: PartnerStatus;
  applicationNote: string;
  reviewNote: string | null;
  createdAt: Date;
  reviewedAt: Date | null;
}

/** An approved partner's own profile. */
export interface PartnerProfileView {
  code: string;
  name: string;
  websiteUrl: string;
  contactEmail: string;
  status: PartnerStatus;
  allowedOrigins: string[];
  createdAt: Date;
  activeKeys: number;
}

/** An API key as it is listed; the key itself is never shown again. */
export interface PartnerApiKeyView {
  id: string;
  label: string;
  /** `tpk_<prefix>`: enough to tell keys apart. */
  prefix: string;
  createdAt: Date;
  lastUsedAt: Date | null;
  revokedAt: Date | null;
}

/** A new key: `key` is the whole secret, shown this once. */
export interface CreatedPartnerApiKey {
  key: string;
  apiKey: PartnerApiKeyView;
}

export interface AdminPartnerRow {
  id: string;
  code: string;
  name: string;
  websiteUrl: string;
  contactEmail: string;
  status: PartnerStatus;
  accountEmail: string;
  createdAt: Date;
  reviewedAt: Date | null;
}

export interface AdminPartnerPage {
  total: number;
  /** Partners per status, whatever the filter: the admin's tabs show them. */
  counts: Record<PartnerStatus, number>;
  items: AdminPartnerRow[];
}

/** What the admin's partner page shows: the application, the account, the review and the keys. */
export interface AdminPartnerDetail extends AdminPartnerRow {
  applicationNote: string;
  reviewNote: string | null;
  reviewedBy: string | null;
  allowedOrigins: string[];
  account: { id: string; name: string; email: string };
  apiKeys: PartnerApiKeyView[];
  /** Which review actions the partner's status allows. */
  can: { approve: boolean; reject: boolean; suspend: boolean; reinstate: boolean };
}

/** The partner behind an API key, for partner-facing procedures. */
export interface PartnerKeyOwner {
  partner: { id: string; code: string; name: string; websiteUrl: string; allowedOrigins: string[] };
  key: { id: string; label: string; prefix: string };
}
