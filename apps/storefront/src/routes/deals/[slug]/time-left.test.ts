import { describe, expect, it } from 'vitest';
import { timeLeftText } from './time-left';

describe('timeLeftText', () => {
  it('says the largest units that matter', () => {
    expect(timeLeftText(2 * 86_400 + 3 * 3_600 + 59)).toBe('2 days 3 h left');
    expect(timeLeftText(86_400)).toBe('1 day 0 h left');
    expect(timeLeftText(3 * 3_600 + 5 * 60)).toBe('3 h 5 min left');
    expect(timeLeftText(125)).toBe('2 min 5 s left');
    expect(timeLeftText(45)).toBe('45 s left');
    expect(timeLeftText(0)).toBe('Closed');
  });
});
