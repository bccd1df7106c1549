// Moves the e2e API's clock: the API reads how far ahead it runs from the file playwright.config.ts
// names (TEST_CLOCK_FILE, apps/api/src/test-clock.ts). Specs move it forward to let days pass and
// put it back when they finish, so the specs after them see the real time.
import fs from 'node:fs';
import path from 'node:path';

const file = process.env.TANDEM_E2E_CLOCK_FILE ?? '';

/** Runs the API's clock `ms` ahead of the machine's (0: the real time again). */
export function moveApiClock(ms: number): void {
  if (!file) throw new Error('TANDEM_E2E_CLOCK_FILE is not set: run the specs through e2e/playwright.config.ts');
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, String(ms));
}
