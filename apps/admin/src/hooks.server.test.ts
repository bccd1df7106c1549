// The admin's hooks through a request: every response leaves with the security headers (the
// early 401 included), and the hooks read the admin's own session cookie, never the shop's.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeRequestEvent } from '@tandem/web-kit/testing/request-event';
import { apiHeaders } from '@tandem/web-kit/api-auth';
import { handle } from './hooks.server.ts';

const page = () => new Response('<!doctype html><p>Admin</p>', { headers: { 'content-type': 'text/html' } });

afterEach(() => {
  delete process.env.ORIGIN;
  vi.restoreAllMocks();
});

describe('the admin hooks', () => {
  it('send nosniff, a same-origin referrer policy and refuse framing, with HSTS over https', async () => {
    process.env.ORIGIN = 'https://admin.shop.example';
    const { event } = fakeRequestEvent({ url: 'https://admin.shop.example/sign-in' });
    const response = await handle({ event, resolve: page });
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('referrer-policy')).toBe('same-origin');
    expect(response.headers.get('x-frame-options')).toBe('DENY');
    expect(response.headers.get('strict-transport-security')).toMatch(/^max-age=\d+/);
  });

  it('give every request an id, on the early 401 too, and send it with the API calls', async () => {
    process.env.ORIGIN = 'http://127.0.0.1:3001';
    const { event } = fakeRequestEvent({ url: 'http://127.0.0.1:3001/orders/o1?/cancel', method: 'POST' });
    const response = await handle({ event, resolve: page });
    expect(response.status).toBe(401);
    const id = response.headers.get('x-request-id');
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    expect(apiHeaders(event.locals.auth, 'the-internal-secret')['x-request-id']).toBe(id);
  });

  it('put the headers on the 401 a signed-out form post gets, and leave HSTS out over http', async () => {
    process.env.ORIGIN = 'http://127.0.0.1:3001';
    const { event } = fakeRequestEvent({ url: 'http://127.0.0.1:3001/orders/o1?/cancel', method: 'POST' });
    const response = await handle({ event, resolve: page });
    expect(response.status).toBe(401);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('x-frame-options')).toBe('DENY');
    expect(response.headers.get('strict-transport-security')).toBeNull();
  });

  it('read the __Host- admin session over https and ignore the shop session', async () => {
    process.env.ORIGIN = 'https://admin.shop.example';
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const sent: (string | null)[] = [];
    const api: typeof fetch = async (_url, init) => {
      sent.push(new Headers(init?.headers).get('authorization'));
      throw new Error('API down');
    };
    const cookies = { '__Host-tandem_shop_session': 'shop-token', tandem_shop_session: 'shop-token', '__Host-tandem_admin_session': 'staff-token' };
    const { event, read } = fakeRequestEvent({ url: 'https://admin.shop.example/', cookies, fetch: api });
    await handle({ event, resolve: page });
    expect(sent).toEqual(['Bearer staff-token']);
    expect(read).toEqual(['__Host-tandem_admin_session']);
  });

  it('read the plain admin session name over http', async () => {
    process.env.ORIGIN = 'http://127.0.0.1:3001';
    const { event, read } = fakeRequestEvent({ url: 'http://127.0.0.1:3001/sign-in' });
    await handle({ event, resolve: page });
    expect(read).toEqual(['tandem_admin_session']);
  });
});
