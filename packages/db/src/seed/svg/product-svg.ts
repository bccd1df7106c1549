// Draws a product image as a self-contained SVG: flat shapes only, no external references,
// fonts or scripts, so the files are safe to serve and tiny (a few KB).
import type { ImageKind } from '../template-types.ts';
import { mix, type Paint } from './palette.ts';
import { eBike, kidsBike, mtb, roadBike } from './shapes-bikes.ts';
import { brake, chainring, handlebar, light, lock, pump, wheel } from './shapes-parts.ts';
import { bag, bar, bottle, gel, gloves, helmet, jacket, jersey, shorts } from './shapes-soft.ts';

export interface ProductSvgInput {
  kind: ImageKind;
  /** Main colour as #rrggbb. */
  colour: string;
  /** Accent colour as #rrggbb. */
  accent: string;
  view: 'main' | 'detail' | 'mirror';
  /** Becomes the accessible <title>. */
  title: string;
}

export const svgWidth = 600;
export const svgHeight = 450;

const shapes: Record<ImageKind, (paint: Paint) => string> = {
  'road-bike': roadBike, mtb, 'e-bike': eBike, 'kids-bike': kidsBike,
  chainring, wheel, brake, handlebar, light, lock, pump,
  jersey, shorts, jacket, gloves, helmet, bag, bar, gel, bottle,
};

export function escapeXml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

export function renderProductSvg(input: ProductSvgInput): string {
  const paint: Paint = { main: input.colour, accent: input.accent, ink: '#23272e', metal: '#a9b0b8' };
  const background = mix(input.colour, '#ffffff', input.view === 'detail' ? 0.92 : 0.86);
  const transform = input.view === 'detail'
    ? ' transform="translate(300 225) scale(1.45) translate(-300 -225)"'
    : input.view === 'mirror' ? ' transform="translate(600 0) scale(-1 1)"' : '';
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${svgWidth}" height="${svgHeight}" viewBox="0 0 ${svgWidth} ${svgHeight}" role="img">`,
    `<title>${escapeXml(input.title)}</title>`,
    `<rect width="${svgWidth}" height="${svgHeight}" fill="${background}"/>`,
    `<ellipse cx="300" cy="405" rx="230" ry="16" fill="#000000" opacity="0.08"/>`,
    `<g${transform}>${shapes[input.kind](paint)}</g>`,
    `<rect x="0" y="438" width="${svgWidth}" height="12" fill="${input.accent}"/>`,
    '</svg>',
    '',
  ].join('\n');
}
