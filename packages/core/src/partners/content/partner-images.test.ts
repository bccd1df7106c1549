import { mkdtemp, readdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fixtures } from '@tandem/media/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { storePartnerImage } from './partner-images.ts';

let mediaDir: string;
beforeAll(async () => {
  mediaDir = await mkdtemp(path.join(os.tmpdir(), 'partner-images-'));
});
afterAll(() => rm(mediaDir, { recursive: true, force: true }));

describe('storePartnerImage', () => {
  it('refuses an HTML page sent as image/png even when it starts with the PNG signature, and stores nothing', async () => {
    const polyglot = Buffer.concat([Buffer.from('\x89PNG\r\n\x1a\n', 'latin1'), Buffer.from('<html><script>alert(document.domain)</script></html>')]);
    await expect(storePartnerImage(mediaDir, 'p1', { bytes: polyglot, contentType: 'image/png' })).rejects.toMatchObject({ fields: { image: [expect.stringMatching(/PNG file is damaged/)] } });
    await expect(storePartnerImage(mediaDir, 'p1', { bytes: Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>'), contentType: 'image/png' })).rejects.toThrow(/Only PNG, JPEG and WebP/);
    expect(await readdir(mediaDir)).toEqual([]);
  });

  it('names the stored file after what the bytes are, not what the sender claimed', async () => {
    const url = await storePartnerImage(mediaDir, 'p1', { bytes: fixtures.jpeg.bytes, contentType: 'image/png' });
    expect(url).toMatch(/^\/media\/partner-content\/p1\/[0-9a-f]{32}\.jpg$/);
    expect(await readdir(path.join(mediaDir, 'partner-content', 'p1'))).toEqual([path.basename(url)]);
  });
});
