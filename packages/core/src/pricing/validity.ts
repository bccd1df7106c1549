/** Whether `now` falls in a rule's validity window: from `startsAt` (inclusive) until `endsAt` (exclusive). */
export function isInWindow(rule: { startsAt: Date | null; endsAt: Date | null }, now: Date): boolean {
  return (rule.startsAt === null || rule.startsAt <= now) && (rule.endsAt === null || now < rule.endsAt);
}
