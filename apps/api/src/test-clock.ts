// The clock the API runs on. Normally the machine's; end-to-end specs that need time to pass (an
// unpaid bank transfer's hold of days lapsing) start the API with TEST_CLOCK_FILE, a file holding
// how many milliseconds to run ahead, and write a new offset instead of waiting days. Refused in
// production, so a stray variable can never move a live shop's deadlines.
import fs from 'node:fs';
import { systemClock, type Clock } from '@tandem/core/shared';

/** How long an offset read from the file is trusted before reading it again. */
const REREAD_MS = 250;

/**
 * The machine's clock, or (with `file`) the machine's clock plus the offset the file holds;
 * a missing or empty file means no offset.
 *
 * @example const clock = clockFromEnv(env.TEST_CLOCK_FILE, env.NODE_ENV);
 */
export function clockFromEnv(file: string | undefined, nodeEnv: string | undefined): Clock {
  if (!file) return systemClock;
  if (nodeEnv === 'production') throw new Error('TEST_CLOCK_FILE is for tests only and is refused with NODE_ENV=production');
  let offsetMs = 0;
  let readAt = 0;
  const offset = (): number => {
    const at = Date.now();
    if (at - readAt < REREAD_MS) return offsetMs;
    readAt = at;
    try {
      const text = fs.readFileSync(file, 'utf8').trim();
      offsetMs = text && Number.isFinite(Number(text)) ? Number(text) : 0;
    } catch {
      offsetMs = 0;
    }
    return offsetMs;
  };
  return { now: () => new Date(Date.now() + offset()) };
}
