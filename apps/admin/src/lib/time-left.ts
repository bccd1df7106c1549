// How long until a ticket's reply is due, as agents read it: "due in 3 h", "overdue by 2 h".

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

function span(ms: number): string {
  if (ms < HOUR) return `${Math.max(1, Math.round(ms / MINUTE))} min`;
  if (ms < 2 * DAY) return `${Math.round(ms / HOUR)} h`;
  return `${Math.round(ms / DAY)} days`;
}

/** `null` (nothing owed) reads as an empty string. */
export function timeLeftLabel(timeLeftMs: number | null): string {
  if (timeLeftMs === null) return '';
  return timeLeftMs < 0 ? `overdue by ${span(-timeLeftMs)}` : `due in ${span(timeLeftMs)}`;
}
