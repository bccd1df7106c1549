import { describe, expect, it } from 'vitest';
import { readEnv } from './env.ts';

describe('the API environment', () => {
  it('refuses TRUST_PROXY=true, which believed X-Forwarded-For from anyone, and says what replaces it', () => {
    expect(() => readEnv({ TRUST_PROXY: 'true' })).toThrow(/TRUST_PROXY is no longer supported.*TRUSTED_PROXIES.*INTERNAL_API_SECRET/s);
    expect(readEnv({ TRUST_PROXY: 'false' }).TRUSTED_PROXIES).toEqual([]);
  });

  it('reads trusted proxies as a list and refuses an entry that is no address or CIDR', () => {
    expect(readEnv({ TRUSTED_PROXIES: ' 10.0.0.0/8, 127.0.0.1,' }).TRUSTED_PROXIES).toEqual(['10.0.0.0/8', '127.0.0.1']);
    expect(() => readEnv({ TRUSTED_PROXIES: '10.0.0.0/8,proxy.internal' })).toThrow(/TRUSTED_PROXIES lists IP addresses or CIDRs/);
  });

  it('refuses a guessable internal secret and treats an empty one as unset', () => {
    expect(() => readEnv({ INTERNAL_API_SECRET: 'secret' })).toThrow(/at least 32 characters/);
    expect(readEnv({ INTERNAL_API_SECRET: '' }).INTERNAL_API_SECRET).toBeUndefined();
  });

  it('reads the mail server as one smtp:// or smtps:// URL, and treats an empty one as no mail server', () => {
    expect(readEnv({ SMTP_URL: 'smtps://shop:p%40ss@mail.example.com:465' }).SMTP_URL).toBe('smtps://shop:p%40ss@mail.example.com:465');
    expect(() => readEnv({ SMTP_URL: 'mail.example.com:587' })).toThrow(/SMTP_URL looks like smtp:\/\/user:pass@host:587/);
    expect(readEnv({ SMTP_URL: '' }).SMTP_URL).toBeUndefined();
    expect(readEnv({}).SMTP_TIMEOUT_MS).toBe(10_000);
  });

  it('reads PGlite’s shared_buffers as a PostgreSQL size, empty as unset, and refuses anything else', () => {
    expect(readEnv({ PGLITE_SHARED_BUFFERS: '64MB' }).PGLITE_SHARED_BUFFERS).toBe('64MB');
    expect(readEnv({}).PGLITE_SHARED_BUFFERS).toBeUndefined();
    expect(readEnv({ PGLITE_SHARED_BUFFERS: '' }).PGLITE_SHARED_BUFFERS).toBeUndefined();
    expect(() => readEnv({ PGLITE_SHARED_BUFFERS: '64' })).toThrow(/PGLITE_SHARED_BUFFERS is a size such as 16MB/);
  });
});
