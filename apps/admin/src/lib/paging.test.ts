import { describe, expect, it } from 'vitest';
import { offsetPage, pageCount } from './paging.ts';

describe('admin list paging', () => {
  it('reads a bounded page number and its offset', () => {
    const at = (query: string) => offsetPage(new URL(`http://admin.test/partners${query}`), 25);
    expect(at('')).toEqual({ page: 1, offset: 0 });
    expect(at('?page=3')).toEqual({ page: 3, offset: 50 });
    expect(at('?page=-2')).toEqual({ page: 1, offset: 0 });
    expect(at('?page=abc')).toEqual({ page: 1, offset: 0 });
    expect(at('?page=99999')).toEqual({ page: 400, offset: 9975 });
  });

  it('counts at least one page', () => {
    expect(pageCount(0, 25)).toBe(1);
    expect(pageCount(26, 25)).toBe(2);
  });
});
