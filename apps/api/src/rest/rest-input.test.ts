import type { RestRoute } from '@tandem/api';
import { describe, expect, it } from 'vitest';
import { bodyInput, createRestRouter, queryInput } from './rest-input.ts';

const route = (overrides: Partial<RestRoute>): RestRoute => ({
  method: 'GET', path: '/rest/v1/things', procedure: 'things.list', hasInput: true, readsBody: false, pathParams: [], queryParams: {}, ...overrides,
});

const items = route({ path: '/rest/v1/things/{id}/items', procedure: 'things.items', pathParams: ['id'], queryParams: { limit: 'number', open: 'boolean', q: 'string' } });
const router = createRestRouter([route({}), items, route({ method: 'POST', path: '/rest/v1/things/{id}/items', procedure: 'things.add', readsBody: true, pathParams: ['id'] })]);

describe('REST routing', () => {
  it('finds the operation and decodes its path parameters', () => {
    expect(router.match('GET', '/rest/v1/things/caf%C3%A9/items')).toEqual({ route: items, params: { id: 'café' } });
    expect(router.match('GET', '/rest/v1/things/')).toMatchObject({ route: { procedure: 'things.list' } });
  });

  it('says which methods a known path takes, and knows no other path', () => {
    expect(router.match('DELETE', '/rest/v1/things/a/items')).toEqual({ allowed: ['GET', 'POST'] });
    expect(router.match('GET', '/rest/v1/things/a/b/items')).toBeNull();
  });

  it('matches nothing when a path segment is not text', () => {
    expect(router.match('GET', '/rest/v1/things/%E0/items')).toBeNull();
    expect(router.match('GET', '/rest/v1/things/a%00b/items')).toBeNull();
  });
});

describe('REST input', () => {
  const match = { route: items, params: { id: 'a' } };

  it('turns query texts that spell a number or a boolean into one, and only those', () => {
    expect(queryInput(match, new URLSearchParams('limit=12&open=false&q=42'))).toEqual({ limit: 12, open: false, q: '42', id: 'a' });
    expect(queryInput(match, new URLSearchParams('limit=1e2&open=true'))).toEqual({ limit: 100, open: true, id: 'a' });
  });

  it('leaves anything else as text for the schema to refuse', () => {
    expect(queryInput(match, new URLSearchParams('limit=&open=yes'))).toEqual({ limit: '', open: 'yes', id: 'a' });
    expect(queryInput(match, new URLSearchParams('limit=0x10&open=1'))).toEqual({ limit: '0x10', open: '1', id: 'a' });
  });

  it('reads the first of repeated parameters and ignores undeclared ones', () => {
    expect(queryInput(match, new URLSearchParams('limit=1&limit=2&other=x'))).toEqual({ limit: 1, id: 'a' });
  });

  it('lets a path parameter win over the same field in the body', () => {
    expect(bodyInput(match, { id: 'b', quantity: 2 })).toEqual({ id: 'a', quantity: 2 });
    expect(bodyInput(match, undefined)).toEqual({ id: 'a' });
    expect(bodyInput({ route: route({}), params: {} }, [1, 2])).toEqual([1, 2]);
  });
});
