import { describe, expect, it } from 'vitest';
import { timeLeftLabel } from './time-left.ts';

const h = 3_600_000;

describe('timeLeftLabel', () => {
  it('says how long until the reply is due', () => {
    expect(timeLeftLabel(3 * h)).toBe('due in 3 h');
    expect(timeLeftLabel(25 * 60_000)).toBe('due in 25 min');
    expect(timeLeftLabel(20 * 1000)).toBe('due in 1 min');
  });

  it('says how long a reply has been overdue', () => {
    expect(timeLeftLabel(-2 * h)).toBe('overdue by 2 h');
    expect(timeLeftLabel(-3 * 24 * h)).toBe('overdue by 3 days');
  });

  it('is empty when no reply is owed', () => {
    expect(timeLeftLabel(null)).toBe('');
  });
});
