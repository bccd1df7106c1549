// The active promotions and price lists, kept per process and per catalog version: triggers bump
// the version in the same transaction as any change to them (migration
// 20261207130000_pricing_rules_version) and NOTIFY it at commit, and the host follows it (apps/api
// catalog-invalidation.ts, and after every mutation of its own). Quotes then read only what is
// per variant. Checkout does not use it: what a shopper pays is priced from live reads.
import type { PrismaClient } from '@tandem/db';
import { loadActiveRuleSet, type ActiveRuleSet } from './active-rule-set.ts';

export interface PricingRulesCache {
  /** The active rule set at the followed version; undefined while none is followed (read live then). */
  current(): Promise<ActiveRuleSet | undefined>;
}

/**
 * @param followedVersion the catalog version this process has seen (null: none yet)
 * @example const rules = createPricingRulesCache(prisma, () => catalog.followedVersion()); await rules.current()
 */
export function createPricingRulesCache(prisma: PrismaClient, followedVersion: () => string | null): PricingRulesCache {
  let held: { version: string; rules: Promise<ActiveRuleSet> } | undefined;
  return {
    current() {
      const version = followedVersion();
      if (version === null) return Promise.resolve(undefined);
      if (held?.version !== version) {
        // Loaded after the version was seen, so it holds that version's changes or newer ones.
        const rules = loadActiveRuleSet(prisma);
        const entry = { version, rules };
        held = entry;
        // A failed load is not kept: the next quote tries again.
        rules.catch(() => {
          if (held === entry) held = undefined;
        });
      }
      return held.rules;
    },
  };
}
