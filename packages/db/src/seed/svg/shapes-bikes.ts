// Bike silhouettes: one parametrised drawing covers road, mountain, e-bike and kids bikes.
import type { Paint } from './palette.ts';

interface BikeShape {
  wheelR: number;
  tyre: number;
  tube: number;
  knobbly?: boolean;
  flatBar?: boolean;
  suspension?: boolean;
  battery?: boolean;
  scale?: number;
}

function wheel(cx: number, cy: number, s: BikeShape, p: Paint): string {
  const spokes = Array.from({ length: 8 }, (_, i) => {
    const angle = (i * Math.PI) / 8;
    const dx = Math.cos(angle) * (s.wheelR - s.tyre);
    const dy = Math.sin(angle) * (s.wheelR - s.tyre);
    return `M${(cx - dx).toFixed(1)} ${(cy - dy).toFixed(1)}L${(cx + dx).toFixed(1)} ${(cy + dy).toFixed(1)}`;
  }).join('');
  const tread = s.knobbly ? ` stroke-dasharray="6 4"` : '';
  return `<circle cx="${cx}" cy="${cy}" r="${s.wheelR}" fill="none" stroke="${p.ink}" stroke-width="${s.tyre}"${tread}/>`
    + `<circle cx="${cx}" cy="${cy}" r="${s.wheelR - s.tyre}" fill="none" stroke="${p.metal}" stroke-width="3"/>`
    + `<path d="${spokes}" stroke="${p.metal}" stroke-width="1.5"/>`
    + `<circle cx="${cx}" cy="${cy}" r="8" fill="${p.metal}" stroke="${p.ink}" stroke-width="2"/>`;
}

function bike(s: BikeShape, p: Paint): string {
  const rear = { x: 170, y: 300 };
  const front = { x: 430, y: 300 };
  const bb = { x: 290, y: 305 };
  const seat = { x: 262, y: s.flatBar ? 185 : 170 };
  const headTop = { x: 400, y: s.flatBar ? 175 : 165 };
  const headBottom = { x: 410, y: 212 };
  const frame = `M${rear.x} ${rear.y}L${bb.x} ${bb.y}L${seat.x} ${seat.y}L${rear.x} ${rear.y}M${seat.x} ${seat.y}L${headTop.x} ${headTop.y}`
    + `L${headBottom.x} ${headBottom.y}L${bb.x} ${bb.y}M${headBottom.x} ${headBottom.y}L${front.x} ${front.y}`;
  const bar = s.flatBar
    ? `<path d="M${headTop.x} ${headTop.y}L${headTop.x + 8} ${headTop.y - 22}M${headTop.x - 20} ${headTop.y - 24}L${headTop.x + 40} ${headTop.y - 20}" stroke="${p.ink}" stroke-width="7" stroke-linecap="round" fill="none"/>`
    : `<path d="M${headTop.x} ${headTop.y}L${headTop.x + 35} ${headTop.y - 8}q22 0 22 22q0 22 -24 20" stroke="${p.ink}" stroke-width="7" stroke-linecap="round" fill="none"/>`;
  const saddle = `<path d="M${seat.x} ${seat.y}L${seat.x - 6} ${seat.y - 22}M${seat.x - 40} ${seat.y - 26}q30 -8 62 2" stroke="${p.ink}" stroke-width="8" stroke-linecap="round" fill="none"/>`;
  const fork = s.suspension
    ? `<path d="M${headBottom.x} ${headBottom.y}L${headBottom.x + 8} ${headBottom.y + 40}" stroke="${p.accent}" stroke-width="12" stroke-linecap="round"/>`
    : '';
  const battery = s.battery
    ? `<rect x="322" y="222" width="70" height="26" rx="8" transform="rotate(-40 357 235)" fill="${p.accent}" stroke="${p.ink}" stroke-width="3"/><circle cx="${bb.x}" cy="${bb.y}" r="26" fill="${p.ink}"/>`
    : `<circle cx="${bb.x}" cy="${bb.y}" r="24" fill="none" stroke="${p.accent}" stroke-width="6"/>`;
  const body = wheel(rear.x, rear.y, s, p) + wheel(front.x, front.y, s, p)
    + `<path d="${frame}" fill="none" stroke="${p.ink}" stroke-width="${s.tube + 5}" stroke-linejoin="round" stroke-linecap="round"/>`
    + `<path d="${frame}" fill="none" stroke="${p.main}" stroke-width="${s.tube}" stroke-linejoin="round" stroke-linecap="round"/>`
    + fork + battery + bar + saddle;
  if (!s.scale || s.scale === 1) return body;
  return `<g transform="translate(300 ${(395 * (1 - s.scale)).toFixed(1)}) scale(${s.scale}) translate(-300 0)">${body}</g>`;
}

export const roadBike = (p: Paint) => bike({ wheelR: 95, tyre: 9, tube: 11 }, p);
export const mtb = (p: Paint) => bike({ wheelR: 98, tyre: 16, tube: 15, knobbly: true, flatBar: true, suspension: true }, p);
export const eBike = (p: Paint) => bike({ wheelR: 95, tyre: 13, tube: 16, flatBar: true, battery: true }, p);
export const kidsBike = (p: Paint) => bike({ wheelR: 95, tyre: 14, tube: 14, flatBar: true, scale: 0.72 }, p);
