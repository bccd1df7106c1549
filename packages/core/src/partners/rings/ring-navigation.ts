// Where a ring bar click goes: pure, so wrap-around, "never the current site" and skipping dead
// members are tested without a database. Members come in ring order.

export type RingDirection = 'next' | 'prev' | 'random';

/** What navigation needs of a member. */
export interface NavigableMember {
  partnerCode: string;
  /** False when the last health check found the page down. */
  live: boolean;
}

/**
 * The member a visitor on `fromCode`'s site goes to: the next or previous live member in ring
 * order (wrapping around), or a random live one; never `fromCode` itself. An unknown or absent
 * `fromCode` starts from the ring's beginning (next → first live, prev → last live). Null when no
 * other live member exists. `random` returns a number in [0, 1) (injected so tests can fix it).
 */
export function pickRingTarget<T extends NavigableMember>(members: readonly T[], fromCode: string | null, direction: RingDirection, random: () => number): T | null {
  const from = fromCode === null ? -1 : members.findIndex((m) => m.partnerCode === fromCode);
  const eligible = (m: T) => m.live && m.partnerCode !== fromCode;
  if (direction === 'random') {
    const candidates = members.filter(eligible);
    if (candidates.length === 0) return null;
    const index = Math.min(candidates.length - 1, Math.floor(random() * candidates.length));
    return candidates[index]!;
  }
  const n = members.length;
  const step = direction === 'next' ? 1 : -1;
  // From an unknown site, "next" begins at index 0 and "prev" at the last index.
  const start = from === -1 ? (direction === 'next' ? -1 : n) : from;
  for (let k = 1; k <= n; k++) {
    const candidate = members[(((start + step * k) % n) + n) % n]!;
    if (eligible(candidate)) return candidate;
  }
  return null;
}
