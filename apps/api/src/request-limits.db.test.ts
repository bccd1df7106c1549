// One request must not stall the API: batches and bodies are capped before any procedure runs,
// and a burst of sign-ins (each a 128 MiB scrypt hash) leaves threads for everything else.
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { appRouter } from '@tandem/api';
import { hashToken, newToken } from '@tandem/core/accounts';
import type { Role } from '@tandem/db';
import { embeddedAdapters } from '@tandem/api/testing/adapters';
import { createTestDatabase, TEST_STOREFRONT_URL, type TestDatabase } from '@tandem/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_TRPC_BATCH, MAX_TRPC_BODY_BYTES, trpcBodyLimit, UPLOAD_BODY_BYTES } from './request-limits.ts';
import { createApiServer } from './server.ts';

let db: TestDatabase;
let server: http.Server;
let port: number;
let mediaDir: string;

beforeAll(async () => {
  db = await createTestDatabase();
  mediaDir = await mkdtemp(path.join(os.tmpdir(), 'tandem-limits-'));
  await mkdir(path.join(mediaDir, 'products'));
  await writeFile(path.join(mediaDir, 'products/wheel.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  // The services' default scrypt cost: the recommended 128 MiB hash, as in production.
  server = createApiServer({ db, mediaDir, storefrontUrl: TEST_STOREFRONT_URL, services: embeddedAdapters(db.prisma) });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
});

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  await db.close();
  await rm(mediaDir, { recursive: true, force: true });
});

const base = () => `http://127.0.0.1:${port}`;
let sessions = 0;
/** A session token of a new account with `roles`, straight in the database. */
async function sessionWith(roles: Role[]): Promise<string> {
  const token = newToken();
  const n = ++sessions;
  await db.prisma.customer.create({ data: { email: `limits-${n}@example.test`, name: 'Limits', passwordHash: 'unused', roles, sessions: { create: { tokenHash: hashToken(token), expiresAt: new Date(Date.now() + 3_600_000) } } } });
  return token;
}

const signIn = (n: number) => ({ email: `nobody-${n}@example.com`, password: 'not the password' });

describe('request limits', () => {
  it('refuses a batch of more calls than the cap with a message, running none of them', async () => {
    const calls = MAX_TRPC_BATCH + 30;
    const paths = Array.from({ length: calls }, () => 'auth.signIn').join(',');
    const body = Object.fromEntries(Array.from({ length: calls }, (_, i) => [i, signIn(i)]));
    const response = await fetch(`${base()}/trpc/${paths}?batch=1`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
    expect(response.status).toBe(400);
    const { error } = (await response.json()) as { error: { message: string } };
    expect(error.message).toBe(`A request may batch at most ${MAX_TRPC_BATCH} calls; this one had ${calls}. Send them in smaller batches.`);
  });

  it('answers 413 to a body over the limit before the client has sent it', async () => {
    const declared = 20 * 1024 * 1024;
    const answer = await new Promise<{ status: number; body: string }>((resolve, reject) => {
      const req = http.request({ host: '127.0.0.1', port, method: 'POST', path: '/trpc/support.ask', headers: { 'Content-Type': 'application/json', 'Content-Length': declared } });
      req.on('response', (res) => {
        let body = '';
        res.on('data', (chunk: Buffer) => (body += chunk.toString()));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
      });
      req.on('error', reject);
      // Only the first 64 KiB are ever sent: the answer must not wait for the other 19.9 MB.
      req.write(Buffer.alloc(64 * 1024, 'a'));
    });
    expect(answer.status).toBe(413);
    expect(JSON.parse(answer.body)).toMatchObject({ error: { message: `The request body is larger than ${MAX_TRPC_BODY_BYTES / 1024 / 1024} MiB, the most this request may send.` } });
  });

  it('stops reading a body without a length at the limit and answers 413', async () => {
    const answer = await new Promise<number>((resolve, reject) => {
      const req = http.request({ host: '127.0.0.1', port, method: 'POST', path: '/webhooks/payments', headers: { 'Transfer-Encoding': 'chunked' } });
      req.on('response', (res) => resolve(res.statusCode ?? 0));
      req.on('error', reject);
      // 1 MiB in chunks, never ended: only a reader that stops at the limit can answer.
      for (let i = 0; i < 16; i++) req.write(Buffer.alloc(64 * 1024, 'a'));
    });
    expect(answer).toBe(413);
  });

  it('grants the upload limits only to procedures that exist, and only to the calls granted', () => {
    expect(Object.keys(UPLOAD_BODY_BYTES).filter((p) => !(p in appRouter._def.procedures))).toEqual([]);
    expect(trpcBodyLimit([])).toBe(MAX_TRPC_BODY_BYTES);
    expect(trpcBodyLimit(['adminCatalog.images.upload'])).toBe(UPLOAD_BODY_BYTES['adminCatalog.images.upload']);
    expect(trpcBodyLimit(['catalog.list'])).toBe(MAX_TRPC_BODY_BYTES);
  });

  it('reads an upload-sized body only from staff whose session has the upload\'s permission', async () => {
    const upload = (authorization?: string) =>
      fetch(`${base()}/trpc/adminCatalog.images.upload`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', ...(authorization ? { Authorization: authorization } : {}) },
        body: JSON.stringify({ productId: 'none', filename: 'a.png', base64: 'a'.repeat(2 * 1024 * 1024) }),
      }).then((response) => response.status);
    // Any Authorization header used to earn the 8 MiB limit: a made-up token, a shopper's session.
    expect(await upload()).toBe(413);
    expect(await upload('Bearer not-a-session')).toBe(413);
    expect(await upload(`Bearer ${await sessionWith(['CUSTOMER'])}`)).toBe(413);
    expect(await upload(`Bearer ${await sessionWith(['SUPPORT'])}`)).toBe(413);
    expect(await upload(`Bearer ${await sessionWith(['CATALOG_MANAGER'])}`)).not.toBe(413);
  });

  it('serves a media file while sign-ins are hashing, before any of them is answered', async () => {
    const post = (i: number) => fetch(`${base()}/trpc/auth.signIn`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(signIn(i)) });
    // The first unknown e-mail makes the dummy hash once; from then on each sign-in is one hash.
    await post(99);
    const signIns = Array.from({ length: 6 }, (_, i) =>
      post(i).then(() => Date.now()),
    );
    // Let the sign-ins reach their hashes before asking for the file.
    await new Promise((resolve) => setTimeout(resolve, 100));
    const media = await fetch(`${base()}/media/products/wheel.svg`);
    expect(media.status).toBe(200);
    await media.text();
    const mediaDone = Date.now();
    const signInsDone = await Promise.all(signIns);
    expect(mediaDone).toBeLessThan(Math.min(...signInsDone));
  }, 120_000);
});
