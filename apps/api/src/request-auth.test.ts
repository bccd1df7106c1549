import type { IncomingMessage } from 'node:http';
import { describe, expect, it } from 'vitest';
import { createClientAddressReader, SOCKET_ONLY } from './client-address.ts';
import { readRequestAuth } from './request-auth.ts';

const request = (headers: Record<string, string>) => ({ headers, socket: { remoteAddress: '203.0.113.1' } }) as unknown as IncomingMessage;
const socketOnly = createClientAddressReader(SOCKET_ONLY);
const key = `tpk_0123abcd_${'f'.repeat(48)}`;

describe('reading request auth', () => {
  it('takes a bearer token as the session, unless it is a partner key', () => {
    expect(readRequestAuth(request({ authorization: 'Bearer session-token' }), socketOnly)).toMatchObject({ sessionToken: 'session-token', partnerKey: null });
    expect(readRequestAuth(request({ authorization: `Bearer ${key}` }), socketOnly)).toMatchObject({ sessionToken: null, partnerKey: key });
  });

  it('reads X-Partner-Key beside a session', () => {
    expect(readRequestAuth(request({ authorization: 'Bearer s', 'x-partner-key': ` ${key} ` }), socketOnly)).toMatchObject({ sessionToken: 's', partnerKey: key });
    expect(readRequestAuth(request({ 'x-partner-key': 'x'.repeat(300) }), socketOnly).partnerKey).toBeNull();
  });

  it('takes the client address from its policy, never straight from X-Forwarded-For', () => {
    expect(readRequestAuth(request({ 'x-forwarded-for': '198.51.100.1' }), socketOnly).ip).toBe('203.0.113.1');
  });
});
