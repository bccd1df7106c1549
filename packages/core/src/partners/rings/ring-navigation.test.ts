import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { pickRingTarget, type NavigableMember } from './ring-navigation.ts';

const ring = (...codes: string[]): NavigableMember[] => codes.map((c) => ({ partnerCode: c.replace('!', ''), live: !c.endsWith('!') }));
const code = (m: NavigableMember | null) => m?.partnerCode ?? null;
const never = () => {
  throw new Error('random is not used');
};

describe('pickRingTarget', () => {
  it('goes to the next member and wraps around at the end', () => {
    const members = ring('a', 'b', 'c');
    expect(code(pickRingTarget(members, 'a', 'next', never))).toBe('b');
    expect(code(pickRingTarget(members, 'c', 'next', never))).toBe('a');
  });

  it('goes to the previous member and wraps around at the start', () => {
    const members = ring('a', 'b', 'c');
    expect(code(pickRingTarget(members, 'b', 'prev', never))).toBe('a');
    expect(code(pickRingTarget(members, 'a', 'prev', never))).toBe('c');
  });

  it('skips members that are down, in both directions', () => {
    const members = ring('a', 'b!', 'c!', 'd');
    expect(code(pickRingTarget(members, 'a', 'next', never))).toBe('d');
    expect(code(pickRingTarget(members, 'd', 'prev', never))).toBe('a');
    expect(code(pickRingTarget(members, 'd', 'next', never))).toBe('a');
  });

  it('never sends a visitor back to their own site', () => {
    expect(pickRingTarget(ring('a'), 'a', 'next', never)).toBeNull();
    expect(pickRingTarget(ring('a', 'b!'), 'a', 'prev', never)).toBeNull();
    expect(pickRingTarget(ring('a', 'b!'), 'a', 'random', () => 0)).toBeNull();
  });

  it('reaches the single live member from any other site', () => {
    const members = ring('a!', 'b', 'c!');
    for (const direction of ['next', 'prev', 'random'] as const) expect(code(pickRingTarget(members, 'a', direction, () => 0.99))).toBe('b');
  });

  it('starts from the ring’s ends for an unknown site', () => {
    const members = ring('a', 'b', 'c');
    expect(code(pickRingTarget(members, 'stranger', 'next', never))).toBe('a');
    expect(code(pickRingTarget(members, 'stranger', 'prev', never))).toBe('c');
    expect(code(pickRingTarget(members, null, 'next', never))).toBe('a');
  });

  it('picks a random live member other than the current one, as the generator says', () => {
    const members = ring('a', 'b', 'c!', 'd');
    expect(code(pickRingTarget(members, 'a', 'random', () => 0))).toBe('b');
    expect(code(pickRingTarget(members, 'a', 'random', () => 0.999))).toBe('d');
  });

  it('always returns a live member other than the current one, or null only when there is none', () => {
    fc.assert(
      fc.property(fc.array(fc.boolean(), { minLength: 1, maxLength: 8 }), fc.nat(), fc.constantFrom('next' as const, 'prev' as const, 'random' as const), fc.double({ min: 0, max: 0.9999, noNaN: true }), (lives, fromIndex, direction, r) => {
        const members = lives.map((live, i) => ({ partnerCode: `m${i}`, live }));
        const from = members[fromIndex % members.length]!.partnerCode;
        const target = pickRingTarget(members, from, direction, () => r);
        const others = members.filter((m) => m.live && m.partnerCode !== from);
        if (others.length === 0) return target === null;
        return target !== null && target.live && target.partnerCode !== from;
      }),
    );
  });
});
