import { describe, expect, it } from 'vitest';
import { hashPassword, needsRehash, parseHash, RECOMMENDED_SCRYPT_COST, verifyPassword } from './password-hash.ts';

const FAST = { N: 2 ** 10, r: 8, p: 1 };

describe('password hashing', () => {
  it('verifies the password it hashed, with a fresh salt each time', async () => {
    const a = await hashPassword('correct horse battery staple', FAST);
    const b = await hashPassword('correct horse battery staple', FAST);
    expect(a).not.toBe(b);
    expect(await verifyPassword('correct horse battery staple', a)).toBe(true);
    expect(await verifyPassword('correct horse battery staple', b)).toBe(true);
  });

  it('rejects a wrong password, including one differing only in case or a trailing space', async () => {
    const stored = await hashPassword('correct horse battery staple', FAST);
    for (const wrong of ['Correct horse battery staple', 'correct horse battery staple ', '', 'x']) {
      expect(await verifyPassword(wrong, stored)).toBe(false);
    }
  });

  it('treats the same text in another Unicode normal form as the same password', async () => {
    const stored = await hashPassword('caf\u00e9 au lait!', FAST);
    expect(await verifyPassword('cafe\u0301 au lait!', stored)).toBe(true);
  });

  it('rejects tampered or malformed hash strings without throwing', async () => {
    const stored = await hashPassword('correct horse battery staple', FAST);
    const [scheme, N, r, p, salt, key] = stored.split('$') as [string, string, string, string, string, string];
    const flip = (s: string) => (s[0] === 'A' ? 'B' : 'A') + s.slice(1);
    const tampered = [
      [scheme, N, r, p, salt, flip(key)],
      [scheme, N, r, p, flip(salt), key],
      [scheme, String(Number(N) * 2), r, p, salt, key],
      [scheme, N, '4', p, salt, key],
      ['bcrypt', N, r, p, salt, key],
      [scheme, '1000', r, p, salt, key],
      [scheme, String(2 ** 30), r, p, salt, key],
      [scheme, N, r, p, salt, key.slice(0, 10)],
      [scheme, N, r, p, salt, `${key}$extra`],
    ].map((parts) => parts.join('$'));
    for (const bad of [...tampered, '', 'scrypt', 'plain-text-password', 'not-used-in-this-test']) {
      expect(await verifyPassword('correct horse battery staple', bad)).toBe(false);
    }
  });

  it('hashes at the recommended cost by default: N=2^17, r=8, p=1, 16-byte salt, 32-byte key', async () => {
    expect(RECOMMENDED_SCRYPT_COST).toEqual({ N: 131_072, r: 8, p: 1 });
    const stored = await hashPassword('correct horse battery staple');
    expect(stored).toMatch(/^scrypt\$131072\$8\$1\$[\w-]{22}\$[\w-]{43}$/);
    const parsed = parseHash(stored)!;
    expect([parsed.salt.length, parsed.key.length]).toEqual([16, 32]);
    expect(needsRehash(stored)).toBe(false);
  });

  it('asks for a rehash of hashes made at another cost', async () => {
    const cheap = await hashPassword('correct horse battery staple', FAST);
    expect(needsRehash(cheap)).toBe(true);
    expect(needsRehash(cheap, FAST)).toBe(false);
    expect(needsRehash('garbage')).toBe(true);
  });
});
