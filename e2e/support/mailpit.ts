// Reads the e-mails the store really sent: the e2e API delivers through SMTP to the Mailpit that
// scripts/test.sh starts (TEST_SMTP_URL), and specs read them back through Mailpit's JSON API
// (TEST_MAILPIT_API_URL). Specs that need mail skip, saying why, when no Mailpit was started.
import { expect } from '@playwright/test';

/** Mailpit's JSON API, when the test command started one. */
export const mailpitApiUrl = process.env.TEST_MAILPIT_API_URL ?? '';
/** Why mail specs skip without Mailpit (shown by Playwright next to the skipped test). */
export const noMailpitReason = 'TEST_MAILPIT_API_URL is not set: scripts/test.sh starts Mailpit when Go can install it';

/** A message as Mailpit shows it (only the fields the specs read). */
export interface DeliveredEmail {
  ID: string;
  Subject: string;
  To: { Address: string }[];
  Text: string;
  HTML: string;
  Attachments: { FileName: string; ContentType: string; PartID: string }[];
}

interface MailpitSearch {
  messages: { ID: string; Subject: string; To: { Address: string }[] }[];
}

async function mailpit<T>(path: string): Promise<T> {
  const response = await fetch(`${mailpitApiUrl}${path}`);
  if (!response.ok) throw new Error(`Mailpit ${path}: HTTP ${response.status}`);
  return (await response.json()) as T;
}

/**
 * Waits (the outbox relay runs every few seconds) for the e-mail to `to` whose subject matches,
 * and returns it in full. Fails with the subjects that did arrive when none matches in time.
 */
export async function waitForEmail(to: string, subject: RegExp, timeoutMs = 30_000): Promise<DeliveredEmail> {
  let seen: string[] = [];
  let id: string | undefined;
  await expect
    .poll(
      async () => {
        const { messages } = await mailpit<MailpitSearch>(`/api/v1/search?query=${encodeURIComponent(`to:"${to}"`)}&limit=50`);
        seen = messages.map((m) => m.Subject);
        id = messages.find((m) => subject.test(m.Subject))?.ID;
        return id !== undefined;
      },
      { timeout: timeoutMs, message: `an e-mail to ${to} with a subject matching ${subject}` },
    )
    .toBe(true)
    .catch((error: unknown) => {
      throw new Error(`${(error as Error).message}\nSubjects received by ${to}: ${seen.join(' | ') || 'none'}`);
    });
  return mailpit<DeliveredEmail>(`/api/v1/message/${id!}`);
}

/** The raw bytes of an attachment of a delivered e-mail (e.g. an invoice PDF). */
export async function emailAttachment(email: DeliveredEmail, partId: string): Promise<Buffer> {
  const response = await fetch(`${mailpitApiUrl}/api/v1/message/${email.ID}/part/${partId}`);
  if (!response.ok) throw new Error(`Mailpit attachment ${partId}: HTTP ${response.status}`);
  return Buffer.from(await response.arrayBuffer());
}
