// Partner accounts bound to one database: applications, the partner's profile and API keys,
// and the staff's review. Created once per process.
import type { PrismaClient } from '@tandem/db';
import type { AdminPartnerQuery, PartnerApplication, PartnerProfile } from '@tandem/validators';
import { withoutTrailingSlash } from '../../shared/index.ts';
import { findApprovedPartner } from '../approved-partner.ts';
import { listPartners, partnerDetail } from './admin-partners.ts';
import { authenticatePartnerKey, createPartnerKey, listPartnerKeys, revokePartnerKey } from './api-keys.ts';
import { applyAsPartner, myApplication } from './apply.ts';
import type { PartnerAccountsDeps } from './deps.ts';
import { partnerProfile, updatePartnerProfile } from './profile.ts';
import { reviewPartner } from './review.ts';
import type { Applicant, PartnerReviewer } from './types.ts';

export interface PartnerAccountsOptions {
  /** Base URL of the storefront, for links in e-mails (the host's configuration, e.g. STOREFRONT_URL). */
  storefrontUrl: string;
  /** The clock; tests move it. */
  now?: () => Date;
}

/**
 * @example
 * const partners = createPartnerAccountsService(prisma, { storefrontUrl: 'https://shop.example' });
 * await partners.apply(customer, { name: 'Chain Stay', websiteUrl: 'https://chainstay.example', contactEmail: 'ed@chainstay.example', note: '' });
 */
export function createPartnerAccountsService(prisma: PrismaClient, options: PartnerAccountsOptions) {
  const deps: PartnerAccountsDeps = {
    prisma,
    now: options.now ?? (() => new Date()),
    storefrontUrl: withoutTrailingSlash(options.storefrontUrl),
  };
  return {
    apply: (applicant: Applicant, input: PartnerApplication) => applyAsPartner(deps, applicant, input),
    myApplication: (customerId: string) => myApplication(deps, customerId),
    /** The customer's partner when it is approved; null otherwise (what partner procedures require). */
    approvedPartner: (customerId: string) => findApprovedPartner(prisma, customerId),
    profile: (partnerId: string) => partnerProfile(deps, partnerId),
    updateProfile: (partnerId: string, input: PartnerProfile) => updatePartnerProfile(deps, partnerId, input),
    apiKeys: {
      list: (partnerId: string) => listPartnerKeys(deps, partnerId),
      create: (partnerId: string, label: string) => createPartnerKey(deps, partnerId, label),
      revoke: (partnerId: string, keyId: string) => revokePartnerKey(deps, partnerId, keyId),
      /** Checks a key a partner site sent; a valid key's owner is its approved partner. */
      authenticate: (key: string) => authenticatePartnerKey(deps, key),
    },
    admin: {
      list: (query: AdminPartnerQuery) => listPartners(deps, query),
      detail: (partnerId: string) => partnerDetail(deps, partnerId),
      approve: (reviewer: PartnerReviewer, partnerId: string) => reviewPartner(deps, reviewer, partnerId, 'approve'),
      reject: (reviewer: PartnerReviewer, partnerId: string, reason: string) => reviewPartner(deps, reviewer, partnerId, 'reject', reason),
      suspend: (reviewer: PartnerReviewer, partnerId: string, reason: string) => reviewPartner(deps, reviewer, partnerId, 'suspend', reason),
      reinstate: (reviewer: PartnerReviewer, partnerId: string) => reviewPartner(deps, reviewer, partnerId, 'reinstate'),
    },
  };
}

export type PartnerAccountsService = ReturnType<typeof createPartnerAccountsService>;
