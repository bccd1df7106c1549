import { FormKey } from '@tandem/validators';
import { describe, expect, it } from 'vitest';
import { browserFormKey } from './form-key';

describe('browserFormKey', () => {
  it('makes a key the API accepts, different every time', () => {
    const keys = Array.from({ length: 50 }, browserFormKey);
    for (const key of keys) expect(FormKey.parse(key)).toBe(key);
    expect(keys[0]).toHaveLength(43);
    expect(new Set(keys).size).toBe(keys.length);
  });
});
