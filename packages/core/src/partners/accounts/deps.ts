// What the partner-account use cases share.
import type { PrismaClient } from '@tandem/db';

export interface PartnerAccountsDeps {
  prisma: PrismaClient;
  now: () => Date;
  /** Base URL of the storefront, without a trailing slash, for links in e-mails. */
  storefrontUrl: string;
}

/** Active (unrevoked) keys one partner may hold at once. */
export const MAX_ACTIVE_KEYS = 10;
