import { describe, expect, it } from 'vitest';
import { MAX_IMAGE_BYTES, sniffImage } from './image-bytes.ts';

const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAIAAAADCAYAAAC56t6BAAAAEElEQVR4nGP4z8DAwMDAAAAhBgL/2YNnhAAAAABJRU5ErkJggg==', 'base64');
// SOI, an APP0 segment, then SOF0 with height 40 and width 30.
const jpeg = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x04, 0x00, 0x00, 0xff, 0xc0, 0x00, 0x0b, 0x08, 0x00, 0x28, 0x00, 0x1e, 0x01, 0x01, 0x11, 0x00]);
const webp = Buffer.concat([Buffer.from('RIFF'), Buffer.alloc(4), Buffer.from('WEBPVP8X'), Buffer.alloc(8), Buffer.from([99, 0, 0, 49, 0, 0])]);
const svg = (body: string) => Buffer.from(`<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 120 80">${body}</svg>`);

describe('sniffImage', () => {
  it('reads the type and pixel size from the bytes, whatever the file is called', () => {
    expect(sniffImage(png)).toEqual({ type: 'png', extension: 'png', width: 2, height: 3 });
    expect(sniffImage(jpeg)).toEqual({ type: 'jpeg', extension: 'jpg', width: 30, height: 40 });
    expect(sniffImage(webp)).toEqual({ type: 'webp', extension: 'webp', width: 100, height: 50 });
    expect(sniffImage(svg('<rect width="10" height="10" fill="#c00"/>'))).toEqual({ type: 'svg', extension: 'svg', width: 120, height: 80 });
  });

  it('refuses other files, empty ones and ones over the size limit', () => {
    expect(() => sniffImage(Buffer.from('GIF89a……'))).toThrow(/Only PNG, JPEG, WebP and SVG/);
    expect(() => sniffImage(Buffer.from('<html><script>alert(1)</script></html>'))).toThrow(/none of them/);
    expect(() => sniffImage(Buffer.alloc(0))).toThrow(/empty/);
    expect(() => sniffImage(Buffer.concat([png, Buffer.alloc(MAX_IMAGE_BYTES)]))).toThrow(/at most 5 MB/);
  });

  it.each([
    ['<script>alert(1)</script>', 'a script'],
    ['<rect onclick="alert(1)"/>', 'an event handler'],
    ['<foreignObject><div/></foreignObject>', 'a foreignObject'],
    ['<image href="https://tracker.example/x.png"/>', 'a link to something outside'],
    ['<a xlink:href="javascript:alert(1)"><rect/></a>', 'a link to something outside'],
    ['<style>@import url(https://x.example/a.css)</style>', 'CSS that loads'],
  ])('refuses an SVG with %s', (body, reason) => {
    expect(() => sniffImage(svg(body))).toThrow(reason);
  });

  it('keeps internal references in an SVG', () => {
    expect(sniffImage(svg('<defs><linearGradient id="g"/></defs><rect fill="url(#g)" width="5" height="5"/><use href="#g"/>')).type).toBe('svg');
  });
});
