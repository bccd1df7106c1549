import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { systemClock } from '@tandem/core/shared';
import { describe, expect, it } from 'vitest';
import { clockFromEnv } from './test-clock.ts';

describe('clockFromEnv', () => {
  it('is the machine clock without a file', () => {
    expect(clockFromEnv(undefined, undefined)).toBe(systemClock);
  });

  it('runs ahead by the offset the file holds, and by nothing when the file is absent', () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'clock-')), 'offset');
    expect(Math.abs(clockFromEnv(file, 'test').now().getTime() - Date.now())).toBeLessThan(1_000);
    fs.writeFileSync(file, String(4 * 86_400_000));
    const ahead = clockFromEnv(file, 'test').now().getTime() - Date.now();
    expect(ahead).toBeGreaterThan(4 * 86_400_000 - 1_000);
  });

  it('refuses to move a production clock', () => {
    expect(() => clockFromEnv('/tmp/x', 'production')).toThrow(/tests only/);
  });
});
