// Which IP addresses an outbound fetch for a partner may connect to: public unicast ones only.
// Classification is ipaddr.js's (a maintained table of the IANA special-purpose ranges), not
// hand-written prefix tests, which is how `::ffff:7f00:1` (loopback, as Node's URL parser spells
// `[::ffff:127.0.0.1]`) once got through. IPv6 forms that carry an IPv4 address and reach it
// (IPv4-mapped, the NAT64 well-known prefix, 6to4) are judged by that IPv4 address; the other
// transition forms (IPv4-compatible, Teredo, local-use NAT64, SIIT) are refused outright.
import ipaddr from 'ipaddr.js';

// The only IPv6 block IANA allocates for global unicast; everything outside it (`::/96`
// IPv4-compatible addresses included, which ipaddr.js calls 'unicast') is not a partner's server.
const GLOBAL_UNICAST = ipaddr.IPv6.parseCIDR('2000::/3');
// RFC 6052's well-known prefix: 64:ff9b::a.b.c.d reaches a.b.c.d through a NAT64 gateway.
// The local-use prefix 64:ff9b:1::/48 (RFC 8215) is the operator's own, so it stays refused.
const NAT64_WELL_KNOWN = ipaddr.IPv6.parseCIDR('64:ff9b::/96');

const lastIPv4 = (parts: number[]): ipaddr.IPv4 => ipaddr.IPv4.parse(`${parts[6]! >> 8}.${parts[6]! & 0xff}.${parts[7]! >> 8}.${parts[7]! & 0xff}`);

/** The IPv4 address a connection to `address` ends up at, for the forms that embed one. */
function embeddedIPv4(address: ipaddr.IPv6): ipaddr.IPv4 | null {
  if (address.isIPv4MappedAddress()) return address.toIPv4Address();
  if (address.match(NAT64_WELL_KNOWN)) return lastIPv4(address.parts);
  if (address.range() === '6to4') {
    const [, high = 0, low = 0] = address.parts; // 2002:AABB:CCDD::/48 embeds AA.BB.CC.DD
    return ipaddr.IPv4.parse(`${high >> 8}.${high & 0xff}.${low >> 8}.${low & 0xff}`);
  }
  return null;
}

/**
 * True when `address` (an IP literal as DNS or a URL gives it) is a public unicast address; false
 * for loopback, private, link-local, unique-local, carrier-grade NAT, multicast, broadcast,
 * unspecified, reserved, documentation and benchmarking ranges, for IPv6 forms wrapping any of
 * those, and for anything that does not parse.
 *
 * @example
 * isPublicAddress('93.184.216.34'); // true
 * isPublicAddress('::ffff:7f00:1'); // false: 127.0.0.1
 */
export function isPublicAddress(address: string): boolean {
  let parsed: ipaddr.IPv4 | ipaddr.IPv6;
  try {
    parsed = ipaddr.parse(address);
  } catch {
    return false;
  }
  if (parsed.kind() === 'ipv4') return parsed.range() === 'unicast';
  const v6 = parsed as ipaddr.IPv6;
  const v4 = embeddedIPv4(v6);
  if (v4) return v4.range() === 'unicast';
  return v6.range() === 'unicast' && v6.match(GLOBAL_UNICAST);
}
