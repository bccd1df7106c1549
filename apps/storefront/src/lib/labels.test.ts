import { describe, expect, it } from 'vitest';
import { humanize } from './labels.ts';

describe('humanize', () => {
  it('turns an attribute name into a label', () => {
    expect(humanize('frame-material')).toBe('Frame material');
  });
});
