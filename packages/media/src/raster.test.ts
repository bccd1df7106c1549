import { describe, expect, it } from 'vitest';
import { rasterKindOf, readRaster } from './raster.ts';
import { box, fixtures } from './testing/image-fixtures.ts';

describe('rasterKindOf and readRaster', () => {
  it.each(Object.entries(fixtures))('reads a %s from its magic number and structure', (kind, { bytes, width, height }) => {
    expect(rasterKindOf(bytes)).toBe(kind);
    expect(readRaster(bytes, rasterKindOf(bytes)!)).toEqual({ width, height });
  });

  it('names no kind for HTML, whatever the file is called', () => {
    expect(rasterKindOf(Buffer.from('<!doctype html><script>alert(1)</script>'))).toBeNull();
  });

  it('refuses a file that only starts like an image', () => {
    expect(() => readRaster(Buffer.from('\x89PNG\r\n\x1a\n<html><script>alert(1)</script></html>', 'latin1'), 'png')).toThrow(/PNG file is damaged/);
    expect(() => readRaster(Buffer.concat([box('ftyp', Buffer.from('avif\0\0\0\0')), Buffer.from('<html>')]), 'avif')).toThrow(/damaged/);
  });

  it('refuses an image with no usable size', () => {
    const huge = Buffer.from(fixtures.gif.bytes);
    huge.writeUInt16LE(40_000, 6);
    expect(() => readRaster(huge, 'gif')).toThrow(/no usable size/);
  });
});
