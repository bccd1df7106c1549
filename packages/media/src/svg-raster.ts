// Draws an SVG as a PNG, for the places that take no SVG: social link previews and merchant
// feeds. resvg (a maintained Rust renderer, shipped prebuilt through npm) draws only what the
// file itself holds: it fetches nothing over the network, so a stored SVG cannot make the
// server call out.
import { Resvg } from '@resvg/resvg-js';
import { refuse } from './unacceptable-file.ts';

/** Width of the PNG copies: Open Graph asks for at least 1200 px for large previews. */
export const RASTER_WIDTH = 1200;

/**
 * The SVG drawn as a PNG `width` pixels wide (height in proportion).
 * Throws {@link UnacceptableFile} when the SVG cannot be drawn.
 */
export function rasterizeSvg(svg: Uint8Array | string, width = RASTER_WIDTH): Uint8Array {
  try {
    const text = typeof svg === 'string' ? svg : Buffer.from(svg).toString('utf8');
    return new Resvg(text, { fitTo: { mode: 'width', value: width }, font: { loadSystemFonts: true } }).render().asPng();
  } catch {
    return refuse('The SVG image cannot be drawn.');
  }
}
