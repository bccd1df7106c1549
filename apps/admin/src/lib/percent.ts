// A percentage typed by staff ("5", "7.5", "12,25") in basis points; null when it is not one.
export function parsePercentBps(text: string): number | null {
  const match = /^(\d{1,3})(?:[.,](\d{1,2}))?$/.exec(text.trim());
  if (!match) return null;
  const bps = Number(match[1]) * 100 + Number((match[2] ?? '0').padEnd(2, '0'));
  return bps <= 10_000 ? bps : null;
}

/** Basis points as the percentage text a form shows ("7.5"). */
export function percentText(bps: number): string {
  return String(bps / 100);
}
