// The active promotions and price lists, kept per process and per catalog version: triggers bump
// the version in the same transaction as any change to them (migration
// 20261207130000_pricing_rules_version) and NOTIFY it at commit, and the host follows it (apps/api
// catalog-invalidation.ts, and after every mutation of its own). Quotes then read only what is
// per variant. Checkout uses a held set only after reading, inside the order's transaction, that
// the catalog version is still the one it was held at (load-pricing-rules.ts): what a shopper
// pays is never priced from rules older than the transaction sees.
import type { PrismaClient } from '@tandem/db';
import { loadActiveRuleSet, type ActiveRuleSet } from './active-rule-set.ts';

/** A rule set and the catalog version it holds (loaded after that version was seen: its changes or newer ones). */
export interface VersionedRuleSet {
  version: string;
  rules: ActiveRuleSet;
}

export interface PricingRulesCache {
  /** The active rule set at the followed version; undefined while none is followed (read live then). */
  current(): Promise<ActiveRuleSet | undefined>;
  /** The same, with the version it is held at, for a caller that checks the version itself (checkout); undefined if it could not be loaded. */
  versioned(): Promise<VersionedRuleSet | undefined>;
}

/**
 * @param followedVersion the catalog version this process has seen (null: none yet)
 * @example const rules = createPricingRulesCache(prisma, () => catalog.followedVersion()); await rules.current()
 */
export function createPricingRulesCache(prisma: PrismaClient, followedVersion: () => string | null): PricingRulesCache {
  let held: { version: string; rules: Promise<ActiveRuleSet> } | undefined;
  function entry() {
    const version = followedVersion();
    if (version === null) return undefined;
    if (held?.version !== version) {
      // Loaded after the version was seen, so it holds that version's changes or newer ones.
      const rules = loadActiveRuleSet(prisma);
      const loaded = { version, rules };
      held = loaded;
      // A failed load is not kept: the next quote tries again.
      rules.catch(() => {
        if (held === loaded) held = undefined;
      });
    }
    return held;
  }
  return {
    current: () => Promise.resolve(entry()?.rules),
    async versioned() {
      const held = entry();
      // A failed load costs the order nothing: it reads the rules live.
      return held && held.rules.then((rules) => ({ version: held.version, rules }), () => undefined);
    },
  };
}

/** No cache: every quote reads the rules (a host that does not follow the catalog version). */
export const NO_RULES_CACHE: PricingRulesCache = { current: async () => undefined, versioned: async () => undefined };
