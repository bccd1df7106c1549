import { describe, expect, it } from 'vitest';
import { isPublicAddress } from './address-policy.ts';

describe('isPublicAddress', () => {
  it('refuses every non-public IPv4 range', () => {
    const ranges = {
      unspecified: ['0.0.0.0', '0.1.2.3'], loopback: ['127.0.0.1', '127.255.0.9'], private: ['10.1.2.3', '172.16.0.1', '172.31.255.1', '192.168.1.1'],
      linkLocal: ['169.254.169.254'], carrierGradeNat: ['100.64.0.1', '100.127.255.254'], multicast: ['224.0.0.1', '239.1.1.1'], broadcast: ['255.255.255.255'],
      documentation: ['192.0.2.1', '198.51.100.7', '203.0.113.9'], benchmarking: ['198.18.0.1', '198.19.255.1'], reserved: ['240.0.0.1', '192.0.0.8'],
    };
    for (const address of Object.values(ranges).flat()) expect(isPublicAddress(address), address).toBe(false);
  });

  it('refuses every non-public IPv6 range, and IPv6 forms that wrap a non-public IPv4 address', () => {
    const addresses = [
      '::', '::1', 'fd00::1', 'fc00::1', 'fe80::1', 'fe80::1%eth0', 'fec0::1', 'ff02::1', '2001:db8::1', '100::1', '3fff::1',
      '::ffff:127.0.0.1', '::ffff:7f00:1', '::ffff:a00:1', '::ffff:a9fe:a9fe', // IPv4-mapped, dotted and hex (how Node prints it)
      '::127.0.0.1', '::7f00:1', '::808:808', // IPv4-compatible: deprecated, never a partner's server
      '64:ff9b::127.0.0.1', '64:ff9b::7f00:1', '64:ff9b::a00:1', '64:ff9b:1::8.8.8.8', // NAT64 well-known wrapping private; local-use prefix
      '2002:7f00:1::', '2002:a00:1::1', '2002:c0a8:101::', // 6to4 embedding loopback and private
      '2001::1', '2001:0:4136:e378:8000:63bf:3fff:fdd2', // Teredo
      '::ffff:0:7f00:1', // SIIT (RFC 6145)
    ];
    for (const address of addresses) expect(isPublicAddress(address), address).toBe(false);
  });

  it('lets public addresses through, also when wrapped in a form that reaches them', () => {
    for (const address of ['93.184.216.34', '8.8.8.8', '172.32.0.1', '100.128.0.1', '2606:4700::1', '2a00:1450:4001::1', '::ffff:8.8.8.8', '64:ff9b::8.8.8.8', '2002:808:808::1']) {
      expect(isPublicAddress(address), address).toBe(true);
    }
  });

  it('refuses what is not an address', () => {
    for (const text of ['', 'localhost', 'example.com', '127.0.0.1.5', '::ffff:zzzz']) expect(isPublicAddress(text), text).toBe(false);
  });
});
