// The SMTP mailer never waits on a mail server for ever, and the console fallback says loudly
// that nothing is delivered.
import { createServer, type Server, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mailerFromEnv } from './mailer-from-env.ts';
import { createSmtpMailer } from './smtp-mailer.ts';

/** A "mail server" that accepts connections and then says nothing (a hung server). */
let silent: Server;
const sockets: Socket[] = [];
beforeAll(async () => {
  silent = createServer((socket) => void sockets.push(socket));
  await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
});
afterAll(() => {
  for (const socket of sockets) socket.destroy();
  silent.close();
});

const email = { id: 'e1', to: 'shopper@example.test', subject: 'Order 1 confirmed', text: 'Thanks', html: null, kind: 'order_confirmation', attachments: [] };

describe('createSmtpMailer', () => {
  it('gives up on a mail server that never answers within its timeout', async () => {
    const { port } = silent.address() as AddressInfo;
    const smtp = createSmtpMailer({ url: `smtp://127.0.0.1:${port}`, from: 'Shop <shop@example.test>', timeoutMs: 300 });
    const started = Date.now();
    await expect(smtp.send(email)).rejects.toMatchObject({ code: 'ETIMEDOUT' });
    expect(Date.now() - started).toBeLessThan(5_000);
    smtp.close();
  });
});

describe('mailerFromEnv', () => {
  it('falls back to the console mailer without SMTP_URL and says at start that nothing is delivered', async () => {
    const lines: string[] = [];
    const mailer = await mailerFromEnv({ MAIL_FROM: 'Shop <shop@example.test>', SMTP_TIMEOUT_MS: 1_000 }, (line) => lines.push(line));
    expect(lines).toEqual([expect.stringContaining('E-mail is NOT being delivered')]);
    expect(mailer.deliveredTo).toContain('log');
  });

  it('names the SMTP server without its password', async () => {
    const mailer = await mailerFromEnv({ SMTP_URL: 'smtp://shop:s3cret@mail.example.test:587', MAIL_FROM: 'Shop <shop@example.test>', SMTP_TIMEOUT_MS: 1_000 }, () => {});
    expect(mailer.deliveredTo).toBe('the SMTP server at smtp://mail.example.test:587');
    mailer.close();
  });
});
