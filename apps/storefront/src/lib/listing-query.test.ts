import { describe, expect, it } from 'vitest';
import { parseListingQuery } from './listing-query.ts';
import { listingSearch } from './listing-state.ts';

const parse = (query: string, options?: { category?: string }) => parseListingQuery(new URLSearchParams(query), options);

describe('parseListingQuery', () => {
  it('gives the API defaults for an empty query', () => {
    const { input, errors, state } = parse('');
    expect(errors).toEqual([]);
    expect(input).toEqual({ sort: 'newest', currency: 'EUR', limit: 24, withFacets: true });
    expect(state).toEqual({ brands: [], attributes: {}, min: '', max: '', inStock: false, sort: 'newest', cursor: null });
  });

  it('reads every filter of a full query', () => {
    const { input, errors } = parse(
      'brand=canyon&brand=cube&attr.frame-material=carbon&attr.frame-material=steel&attr.wheel-size=28&min=100&max=2000.5&stock=1&sort=price-asc&cursor=abc',
      { category: 'road' },
    );
    expect(errors).toEqual([]);
    expect(input).toEqual({
      category: 'road',
      brands: ['canyon', 'cube'],
      attributes: { 'frame-material': ['carbon', 'steel'], 'wheel-size': ['28'] },
      minPrice: 10_000,
      maxPrice: 200_050,
      inStock: true,
      cursor: 'abc',
      sort: 'price-asc',
      currency: 'EUR',
      limit: 24,
      withFacets: true,
    });
  });

  it('converts euro amounts with a decimal comma or point to whole cents', () => {
    expect(parse('min=99,99').input.minPrice).toBe(9_999);
    expect(parse('min=0.1').input.minPrice).toBe(10);
    expect(parse('max=1299').input.maxPrice).toBe(129_900);
  });

  it('ignores empty fields the way a plain GET form sends them', () => {
    const { input, errors } = parse('min=&max=&sort=&cursor=&brand=');
    expect(errors).toEqual([]);
    expect(input).toEqual({ sort: 'newest', currency: 'EUR', limit: 24, withFacets: true });
  });

  it('explains and drops a price that is not a number', () => {
    const { input, errors, state } = parse('min=cheap&max=-5&brand=cube');
    expect(input.minPrice).toBeUndefined();
    expect(input.maxPrice).toBeUndefined();
    expect(input.brands).toEqual(['cube']);
    expect(errors).toHaveLength(2);
    expect(errors[0]).toContain('"cheap"');
    expect(state.min).toBe('');
  });

  it('rejects prices with too many decimals or digits', () => {
    expect(parse('min=1.999').errors).toHaveLength(1);
    expect(parse('max=123456789').errors).toHaveLength(1);
    expect(parse('max=1e5').errors).toHaveLength(1);
  });

  it('drops the price filter when the lowest price is above the highest', () => {
    const { input, errors } = parse('min=500&max=100');
    expect(input.minPrice).toBeUndefined();
    expect(input.maxPrice).toBeUndefined();
    expect(errors).toEqual(['The lowest price is above the highest price, so the price filter was ignored.']);
    expect(parse('min=500&max=100').state).toMatchObject({ min: '', max: '' });
  });

  it('falls back to the newest first for an unknown sort', () => {
    const { input, errors } = parse('sort=random');
    expect(input.sort).toBe('newest');
    expect(errors[0]).toContain('"random"');
  });

  it('drops brands and attribute names that cannot be slugs', () => {
    const { input, errors } = parse('brand=Cube&brand=no%20way&attr.Bad%20Name=x&attr.colour=red');
    expect(input.brands).toEqual(['cube']);
    expect(input.attributes).toEqual({ colour: ['red'] });
    expect(errors).toHaveLength(2);
  });

  it('removes duplicate values', () => {
    const { input } = parse('brand=cube&brand=cube&attr.colour=red&attr.colour=red');
    expect(input.brands).toEqual(['cube']);
    expect(input.attributes).toEqual({ colour: ['red'] });
  });

  it('reads the stock toggle from a checkbox value', () => {
    expect(parse('stock=1').input.inStock).toBe(true);
    expect(parse('stock=on').input.inStock).toBe(true);
    expect(parse('stock=0').input.inStock).toBeUndefined();
  });

  it('ignores a damaged cursor that is too long', () => {
    const { input, errors } = parse(`cursor=${'x'.repeat(501)}`);
    expect(input.cursor).toBeUndefined();
    expect(errors).toHaveLength(1);
  });
});

describe('parseListingQuery and listingSearch', () => {
  it('round-trip a state through the URL', () => {
    const { state } = parse('sort=price-desc&stock=1&attr.colour=red&brand=cube&min=10&cursor=c1');
    expect(parse(listingSearch(state).slice(1)).state).toEqual(state);
  });
});
