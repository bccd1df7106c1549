import { describe, expect, it } from 'vitest';
import { captureLogs } from './log-capture.test-support.ts';
import { maskEmails } from './logger.ts';

describe('the API logger', () => {
  it('censors credentials, cookies, passwords and e-mail fields wherever a line carries them', () => {
    const logs = captureLogs();
    logs.logger.info({ req: { headers: { authorization: 'Bearer abc', cookie: 'sid=1', 'x-tandem-internal-secret': 'shh', accept: 'text/html' } }, password: 'hunter2', customer: { email: 'ann@shop.nl', password: 'p' }, to: 'bob@mail.nl' }, 'signed in');
    const [line] = logs.lines();
    expect(line).toMatchObject({ req: { headers: { authorization: '[redacted]', cookie: '[redacted]', 'x-tandem-internal-secret': '[redacted]', accept: 'text/html' } }, password: '[redacted]', customer: { email: '[redacted]', password: '[redacted]' }, to: '[redacted]' });
    expect(JSON.stringify(line)).not.toMatch(/hunter2|abc|sid=1|shh|ann@|bob@/);
  });

  it('masks e-mail addresses inside messages and error texts, keeping the domain', () => {
    const logs = captureLogs();
    logs.logger.error({ err: new Error('550 5.1.1 <bob.smith+x@example.org>: Recipient address rejected') }, 'relay to carol@example.com failed');
    const [line] = logs.lines();
    expect(line!.msg).toBe('relay to ***@example.com failed');
    expect(JSON.stringify(line)).not.toMatch(/bob\.smith|carol@/);
    expect((line!.err as { message: string }).message).toBe('550 5.1.1 <***@example.org>: Recipient address rejected');
  });

  it('leaves the demo store’s .localhost accounts readable in the start-up lines', () => {
    expect(maskEmails('Demo staff: admin@tandem.localhost (admin), ann@shop.nl')).toBe('Demo staff: admin@tandem.localhost (admin), ***@shop.nl');
  });
});
