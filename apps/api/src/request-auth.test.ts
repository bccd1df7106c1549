import type { IncomingMessage } from 'node:http';
import { describe, expect, it } from 'vitest';
import { readRequestAuth } from './request-auth.ts';

const request = (headers: Record<string, string>) => ({ headers, socket: { remoteAddress: '203.0.113.1' } }) as unknown as IncomingMessage;
const key = `tpk_0123abcd_${'f'.repeat(48)}`;

describe('reading request auth', () => {
  it('takes a bearer token as the session, unless it is a partner key', () => {
    expect(readRequestAuth(request({ authorization: 'Bearer session-token' }), { trustProxy: false })).toMatchObject({ sessionToken: 'session-token', partnerKey: null });
    expect(readRequestAuth(request({ authorization: `Bearer ${key}` }), { trustProxy: false })).toMatchObject({ sessionToken: null, partnerKey: key });
  });

  it('reads X-Partner-Key beside a session', () => {
    expect(readRequestAuth(request({ authorization: 'Bearer s', 'x-partner-key': ` ${key} ` }), { trustProxy: false })).toMatchObject({ sessionToken: 's', partnerKey: key });
    expect(readRequestAuth(request({ 'x-partner-key': 'x'.repeat(300) }), { trustProxy: false }).partnerKey).toBeNull();
  });
});
