import type { IncomingMessage } from 'node:http';
import { apiHeaders } from '@tandem/web-kit/api-auth';
import { describe, expect, it } from 'vitest';
import { createClientAddressReader, createTrustedCallerCheck, SOCKET_ONLY, type ClientAddressPolicy } from './client-address.ts';

const SECRET = 'a-secret-of-the-storefront-and-admin-servers';
const request = (headers: Record<string, string>, socketAddress = '203.0.113.1') => ({ headers, socket: { remoteAddress: socketAddress } }) as unknown as IncomingMessage;
const addressOf = (policy: ClientAddressPolicy, headers: Record<string, string>, socketAddress?: string) => createClientAddressReader(policy)(request(headers, socketAddress));

describe('the client address of a request', () => {
  it('is the socket address whatever X-Forwarded-For or X-Real-IP say, when nobody is trusted', () => {
    for (const spoof of ['198.51.100.1', '198.51.100.2, 198.51.100.3']) {
      expect(addressOf(SOCKET_ONLY, { 'x-forwarded-for': spoof, 'x-real-ip': spoof })).toBe('203.0.113.1');
    }
  });

  it('is the address the storefront forwards only beside the right secret', () => {
    const policy = { trustedProxies: [], internalSecret: SECRET };
    expect(addressOf(policy, { 'x-tandem-internal-secret': SECRET, 'x-tandem-client-address': '198.51.100.7' })).toBe('198.51.100.7');
    expect(addressOf(policy, { 'x-tandem-internal-secret': `${SECRET}x`, 'x-tandem-client-address': '198.51.100.7' })).toBe('203.0.113.1');
    expect(addressOf(policy, { 'x-tandem-internal-secret': 'short', 'x-tandem-client-address': '198.51.100.7' })).toBe('203.0.113.1');
    expect(addressOf(policy, { 'x-tandem-client-address': '198.51.100.7', 'x-forwarded-for': '198.51.100.8' })).toBe('203.0.113.1');
  });

  it('believes no forwarded address when the API has no secret, even one the sender calls a secret', () => {
    expect(addressOf({ trustedProxies: [] }, { 'x-tandem-internal-secret': '', 'x-tandem-client-address': '198.51.100.7' })).toBe('203.0.113.1');
  });

  it('agrees with the headers the storefront and admin servers send (@tandem/web-kit/api-auth)', () => {
    const headers = apiHeaders({ sessionToken: null, cartToken: null, clientAddress: '2001:db8::7', userAgent: '' }, SECRET);
    expect(addressOf({ trustedProxies: [], internalSecret: SECRET }, headers)).toBe('2001:db8::7');
  });

  it('falls back to the socket address when the proven address is no IP address', () => {
    expect(addressOf({ trustedProxies: [], internalSecret: SECRET }, { 'x-tandem-internal-secret': SECRET, 'x-tandem-client-address': 'not-an-address' })).toBe('203.0.113.1');
  });

  it('walks X-Forwarded-For from the right through trusted proxies and stops at the first untrusted hop', () => {
    const policy = { trustedProxies: ['10.0.0.0/8', '127.0.0.1'] };
    // 10.1.2.3 forwarded for 198.51.100.9; what the client itself wrote further left is ignored.
    expect(addressOf(policy, { 'x-forwarded-for': '192.0.2.66, 198.51.100.9, 10.1.2.3' }, '127.0.0.1')).toBe('198.51.100.9');
    // A hop outside the list ends the walk: its claims about who came before are not believed.
    expect(addressOf(policy, { 'x-forwarded-for': '192.0.2.66, 198.51.100.9' }, '10.0.0.5')).toBe('198.51.100.9');
    expect(addressOf(policy, { 'x-forwarded-for': '192.0.2.66' }, '203.0.113.1')).toBe('203.0.113.1');
  });

  it('counts one client once, whichever form its address takes', () => {
    expect(addressOf(SOCKET_ONLY, {}, '::ffff:198.51.100.4')).toBe('198.51.100.4');
    expect(addressOf({ trustedProxies: ['loopback'] }, { 'x-forwarded-for': '::ffff:198.51.100.4' }, '::1')).toBe('198.51.100.4');
  });

  it('refuses a trusted-proxy entry that is no address or CIDR', () => {
    expect(() => createClientAddressReader({ trustedProxies: ['10.0.0.0/33'] })).toThrow();
  });
});

describe('a trusted caller (who may name the request id)', () => {
  it('is one with the internal secret or a configured proxy as its socket peer, nobody else', () => {
    const trusted = createTrustedCallerCheck({ trustedProxies: ['10.0.0.0/8'], internalSecret: SECRET });
    expect(trusted(request({ 'x-tandem-internal-secret': SECRET }))).toBe(true);
    expect(trusted(request({}, '10.1.2.3'))).toBe(true);
    expect(trusted(request({}, '::ffff:10.1.2.3'))).toBe(true);
    expect(trusted(request({ 'x-tandem-internal-secret': `${SECRET}x` }))).toBe(false);
    expect(trusted(request({ 'x-forwarded-for': '10.1.2.3' }))).toBe(false);
    expect(createTrustedCallerCheck(SOCKET_ONLY)(request({ 'x-tandem-internal-secret': SECRET }, '127.0.0.1'))).toBe(false);
  });
});
