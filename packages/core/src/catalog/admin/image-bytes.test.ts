import { renderProductSvg, type ProductSvgInput } from '@tandem/db/seed';
import { fixtures } from '@tandem/media/testing';
import { describe, expect, it } from 'vitest';
import { DomainError } from '../../shared/index.ts';
import { MAX_IMAGE_BYTES, inspectProductImage } from './image-bytes.ts';

const svg = (body: string) => Buffer.from(`<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" viewBox="0 0 120 80">${body}</svg>`);
const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

describe('inspectProductImage', () => {
  it('reads the type and pixel size from the bytes, whatever the file is called', async () => {
    expect(await inspectProductImage(fixtures.png.bytes)).toMatchObject({ kind: 'png', extension: 'png', width: 2, height: 3 });
    expect(await inspectProductImage(fixtures.jpeg.bytes)).toMatchObject({ kind: 'jpeg', extension: 'jpg', width: 30, height: 40 });
    expect(await inspectProductImage(fixtures.webp.bytes)).toMatchObject({ kind: 'webp', extension: 'webp', width: 100, height: 50 });
    expect(await inspectProductImage(svg('<rect width="10" height="10" fill="#c00"/>'))).toMatchObject({ kind: 'svg', extension: 'svg', width: 120, height: 80 });
  });

  it('refuses other files, empty ones and ones over the size limit, as a field error', async () => {
    await expect(inspectProductImage(fixtures.gif.bytes)).rejects.toThrow(/Only PNG, JPEG, WebP and SVG/);
    await expect(inspectProductImage(Buffer.from('<html><script>alert(1)</script></html>'))).rejects.toThrow(/none of them/);
    await expect(inspectProductImage(Buffer.alloc(0))).rejects.toThrow(/empty/);
    await expect(inspectProductImage(Buffer.concat([fixtures.png.bytes, Buffer.alloc(MAX_IMAGE_BYTES)]))).rejects.toThrow(/at most 5 MB/);
    const refused = await inspectProductImage(Buffer.from('<!doctype html><title>photo.png</title>')).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(DomainError);
    expect((refused as DomainError).fields).toEqual({ file: [expect.stringMatching(/none of them/)] });
  });

  it('refuses an HTML page that starts like a PNG', async () => {
    await expect(inspectProductImage(Buffer.from('\x89PNG\r\n\x1a\n<html><script>alert(1)</script></html>', 'latin1'))).rejects.toThrow(/damaged/);
  });

  it.each([
    ['a script bound to the SVG namespace under another prefix', '<x:script xmlns:x="http://www.w3.org/2000/svg">alert(1)</x:script>'],
    ['a script', '<script>alert(1)</script>'],
    ['an event handler', '<rect onclick="alert(1)"/>'],
    ['a foreignObject', '<foreignObject><div xmlns="http://www.w3.org/1999/xhtml">x</div></foreignObject>'],
    ['an external image', '<image href="https://tracker.example/x.png"/>'],
    ['a javascript: link', '<a xlink:href="javascript:alert(1)"><rect/></a>'],
    ['CSS that loads something', '<style>@import url(https://x.example/a.css)</style>'],
  ])('refuses an SVG with %s', async (_, body) => {
    await expect(inspectProductImage(svg(body))).rejects.toThrow(/active or external content/);
  });

  it('keeps internal references in an SVG', async () => {
    const image = await inspectProductImage(svg('<defs><linearGradient id="g"/></defs><rect fill="url(#g)" width="5" height="5"/><use href="#g"/>'));
    expect(text(image.bytes)).toContain('<use href="#g"/>');
  });

  it('accepts every drawing of the demo catalog and stores it unchanged', async () => {
    const kinds: ProductSvgInput['kind'][] = ['road-bike', 'mtb', 'e-bike', 'kids-bike', 'chainring', 'wheel', 'brake', 'handlebar', 'jersey', 'shorts', 'jacket', 'gloves', 'helmet', 'light', 'lock', 'bag', 'pump', 'bar', 'gel', 'bottle'];
    for (const kind of kinds) {
      for (const view of ['main', 'detail', 'mirror'] as const) {
        const drawing = renderProductSvg({ kind, view, colour: '#2255aa', accent: '#cc0000', title: `Demo ${kind} <&> "quoted"` });
        const image = await inspectProductImage(Buffer.from(drawing));
        expect(image).toMatchObject({ kind: 'svg', width: 600, height: 450 });
        // The serialiser writes a quote in text as itself rather than &quot;; the drawing is the same.
        expect(text(image.bytes).replace(/^<\?xml[^>]*>\n/, '')).toBe(drawing.replaceAll('&quot;', '"'));
      }
    }
  });
});
