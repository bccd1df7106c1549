// The store's response target: every question a person has to answer gets a reply within this
// many hours. The inbox orders by the time left, so overdue tickets come first.
export const DEFAULT_RESPONSE_TARGET_HOURS = 24;

const HOUR = 3_600_000;

export function responseDueAt(from: Date, targetHours: number): Date {
  return new Date(from.getTime() + targetHours * HOUR);
}

/** When a reply is owed after the shopper writes again: the earlier of what was owed and a new target. */
export function dueAfterShopperMessage(current: Date | null, now: Date, targetHours: number): Date {
  const fresh = responseDueAt(now, targetHours);
  return current && current < fresh ? current : fresh;
}

export function timeLeft(due: Date | null, now: Date): { timeLeftMs: number | null; overdue: boolean } {
  if (!due) return { timeLeftMs: null, overdue: false };
  const ms = due.getTime() - now.getTime();
  return { timeLeftMs: ms, overdue: ms < 0 };
}

/** T-000123: the number shoppers quote. */
export function ticketReference(number: number): string {
  return `T-${String(number).padStart(6, '0')}`;
}
