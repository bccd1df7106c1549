// Colour helpers for the SVG drawings.

export interface Paint {
  /** The product's main colour. */
  main: string;
  /** The brand's accent colour. */
  accent: string;
  /** Outlines, tyres and other near-black parts. */
  ink: string;
  /** Metal parts. */
  metal: string;
}

export function mix(hex: string, other: string, amount: number): string {
  const a = parseHex(hex);
  const b = parseHex(other);
  const channel = (i: number) => Math.round((a[i] ?? 0) * (1 - amount) + (b[i] ?? 0) * amount);
  return `#${[0, 1, 2].map((i) => channel(i).toString(16).padStart(2, '0')).join('')}`;
}

function parseHex(hex: string): number[] {
  const clean = /^#[0-9a-f]{6}$/i.test(hex) ? hex.slice(1) : '808080';
  return [0, 2, 4].map((i) => parseInt(clean.slice(i, i + 2), 16));
}
