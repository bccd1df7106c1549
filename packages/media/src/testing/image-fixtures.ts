// Smallest valid files of each raster kind, built byte by byte, for tests here and in core.
import type { RasterKind } from '../raster.ts';

/** An ISO-BMFF box (AVIF's container): size, four-letter type, payload. */
export function box(type: string, payload: Uint8Array): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(8 + payload.byteLength, 0);
  head.write(type, 4, 'latin1');
  return Buffer.concat([head, payload]);
}

const fullBox = (type: string, payload: Uint8Array) => box(type, Buffer.concat([Buffer.alloc(4), payload]));
const u32 = (...values: number[]) => Buffer.concat(values.map((v) => { const b = Buffer.alloc(4); b.writeUInt32BE(v); return b; }));

/** A 2×3 PNG, a 30×40 JPEG, a 100×50 WebP, a 7×9 GIF and a 64×48 AVIF. */
export const fixtures: Record<RasterKind, { bytes: Buffer; width: number; height: number }> = {
  png: { bytes: Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAIAAAADCAYAAAC56t6BAAAAEElEQVR4nGP4z8DAwMDAAAAhBgL/2YNnhAAAAABJRU5ErkJggg==', 'base64'), width: 2, height: 3 },
  // SOI, an APP0 segment, then SOF0 with height 40 and width 30.
  jpeg: { bytes: Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x04, 0x00, 0x00, 0xff, 0xc0, 0x00, 0x0b, 0x08, 0x00, 0x28, 0x00, 0x1e, 0x01, 0x01, 0x11, 0x00]), width: 30, height: 40 },
  webp: { bytes: Buffer.concat([Buffer.from('RIFF'), Buffer.alloc(4), Buffer.from('WEBPVP8X'), Buffer.alloc(8), Buffer.from([99, 0, 0, 49, 0, 0])]), width: 100, height: 50 },
  gif: { bytes: Buffer.concat([Buffer.from('GIF89a'), Buffer.from([7, 0, 9, 0, 0, 0, 0]), Buffer.from(';')]), width: 7, height: 9 },
  avif: {
    bytes: Buffer.concat([
      box('ftyp', Buffer.from('avif\0\0\0\0avifmif1', 'latin1')),
      fullBox('meta', box('iprp', box('ipco', fullBox('ispe', u32(64, 48))))),
    ]),
    width: 64,
    height: 48,
  },
};
