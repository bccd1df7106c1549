import { describe, expect, it } from 'vitest';
import { CreatePartnerApiKeyInput, originOf, PartnerApplicationInput, PartnerProfileInput } from './partner-accounts.ts';

const profile = { name: 'Chain Stay Blog', websiteUrl: 'https://chainstay.example/blog', contactEmail: 'Ed@Chainstay.Example' };

describe('partner origins', () => {
  it('normalises scheme://host[:port] and drops default ports', () => {
    expect(originOf('HTTPS://Blog.Example:443/')).toBe('https://blog.example');
    expect(originOf('http://127.0.0.1:5173')).toBe('http://127.0.0.1:5173');
    expect(originOf('http://localhost:80')).toBe('http://localhost');
  });

  it('refuses paths, queries, credentials and other schemes', () => {
    for (const bad of ['https://blog.example/shop', 'https://blog.example?x=1', 'https://a@blog.example', 'ftp://blog.example', 'blog.example', 'javascript:alert(1)', 'https://', 'https://bad host']) {
      expect(originOf(bad), bad).toBeNull();
    }
  });

  it('keeps at most ten distinct origins and names the bad one', () => {
    const ok = PartnerProfileInput.parse({ ...profile, allowedOrigins: ['https://a.example', 'HTTPS://A.example/', 'http://127.0.0.1:5173'] });
    expect(ok.allowedOrigins).toEqual(['https://a.example', 'http://127.0.0.1:5173']);
    expect(ok.contactEmail).toBe('ed@chainstay.example');
    const many = PartnerProfileInput.safeParse({ ...profile, allowedOrigins: Array.from({ length: 11 }, (_, i) => `https://s${i}.example`) });
    expect(many.success).toBe(false);
    const bad = PartnerProfileInput.safeParse({ ...profile, allowedOrigins: ['https://a.example', 'https://b.example/path'] });
    expect(bad.error?.issues[0]?.path).toEqual(['allowedOrigins', 1]);
    expect(bad.error?.issues[0]?.message).toContain('"https://b.example/path" is not an origin');
  });
});

describe('applying', () => {
  it('takes http and https sites only', () => {
    expect(PartnerApplicationInput.safeParse({ ...profile, note: '' }).success).toBe(true);
    expect(PartnerApplicationInput.safeParse({ ...profile, websiteUrl: 'http://127.0.0.1:5173' }).success).toBe(true);
    for (const websiteUrl of ['ftp://chainstay.example', 'chainstay.example', 'javascript:alert(1)', 'https://']) {
      expect(PartnerApplicationInput.safeParse({ ...profile, websiteUrl }).success, websiteUrl).toBe(false);
    }
  });

  it('wants a key label', () => {
    expect(CreatePartnerApiKeyInput.safeParse({ label: ' ' }).success).toBe(false);
  });
});
