// Hard-goods silhouettes: drivetrain, wheel, brake, handlebar, light, lock and pump.
import type { Paint } from './palette.ts';

const rays = (cx: number, cy: number, r1: number, r2: number, n: number) =>
  Array.from({ length: n }, (_, i) => {
    const a = (i * 2 * Math.PI) / n;
    return `M${(cx + Math.cos(a) * r1).toFixed(1)} ${(cy + Math.sin(a) * r1).toFixed(1)}L${(cx + Math.cos(a) * r2).toFixed(1)} ${(cy + Math.sin(a) * r2).toFixed(1)}`;
  }).join('');

export const chainring = (p: Paint) =>
  `<circle cx="250" cy="230" r="130" fill="none" stroke="${p.ink}" stroke-width="14" stroke-dasharray="7 5"/>`
  + `<circle cx="250" cy="230" r="118" fill="${p.main}" stroke="${p.ink}" stroke-width="3"/>`
  + `<circle cx="250" cy="230" r="80" fill="#f7f7f7" stroke="${p.ink}" stroke-width="3"/>`
  + `<path d="${rays(250, 230, 30, 112, 5)}" stroke="${p.main}" stroke-width="26" stroke-linecap="round"/>`
  + `<circle cx="250" cy="230" r="32" fill="${p.accent}" stroke="${p.ink}" stroke-width="3"/>`
  + [60, 50, 40, 30].map((r, i) => `<circle cx="${440 + i * 14}" cy="260" r="${r}" fill="none" stroke="${p.metal}" stroke-width="8"/>`).join('');

export const wheel = (p: Paint) =>
  `<circle cx="300" cy="225" r="165" fill="none" stroke="${p.ink}" stroke-width="16"/>`
  + `<circle cx="300" cy="225" r="145" fill="none" stroke="${p.main}" stroke-width="24"/>`
  + `<path d="${rays(300, 225, 14, 133, 24)}" stroke="${p.metal}" stroke-width="2"/>`
  + `<rect x="255" y="95" width="90" height="14" rx="4" fill="${p.accent}"/>`
  + `<circle cx="300" cy="225" r="18" fill="${p.metal}" stroke="${p.ink}" stroke-width="3"/>`;

export const brake = (p: Paint) =>
  `<circle cx="270" cy="230" r="150" fill="${p.metal}" stroke="${p.ink}" stroke-width="3"/>`
  + `<circle cx="270" cy="230" r="105" fill="#f7f7f7" stroke="${p.ink}" stroke-width="3"/>`
  + `<path d="${rays(270, 230, 40, 108, 6)}" stroke="${p.accent}" stroke-width="16" stroke-linecap="round"/>`
  + `<circle cx="270" cy="230" r="40" fill="${p.accent}" stroke="${p.ink}" stroke-width="3"/>`
  + Array.from({ length: 12 }, (_, i) => {
    const a = (i * Math.PI) / 6;
    return `<circle cx="${(270 + Math.cos(a) * 128).toFixed(1)}" cy="${(230 + Math.sin(a) * 128).toFixed(1)}" r="7" fill="#f7f7f7"/>`;
  }).join('')
  + `<path d="M360 70h90q30 0 30 30v90q0 30 -30 30h-60z" fill="${p.main}" stroke="${p.ink}" stroke-width="4"/>`;

export const handlebar = (p: Paint) =>
  `<path d="M120 170h360q40 0 50 60q6 60 -40 80M120 170q-40 0 -50 60q-6 60 40 80" fill="none" stroke="${p.ink}" stroke-width="26" stroke-linecap="round"/>`
  + `<path d="M120 170h360q40 0 50 60q6 60 -40 80M120 170q-40 0 -50 60q-6 60 40 80" fill="none" stroke="${p.main}" stroke-width="18" stroke-linecap="round"/>`
  + `<rect x="270" y="150" width="60" height="160" rx="12" fill="${p.metal}" stroke="${p.ink}" stroke-width="4"/>`
  + `<rect x="280" y="160" width="40" height="12" rx="4" fill="${p.accent}"/>`;

export const light = (p: Paint) =>
  `<path d="M360 190L580 90V330L360 250z" fill="#fff3b0" opacity="0.7"/>`
  + `<rect x="150" y="160" width="220" height="120" rx="40" fill="${p.main}" stroke="${p.ink}" stroke-width="5"/>`
  + `<circle cx="340" cy="220" r="42" fill="#fff7cc" stroke="${p.ink}" stroke-width="5"/>`
  + `<rect x="185" y="195" width="90" height="14" rx="7" fill="${p.accent}"/>`
  + `<path d="M200 280v50h60v-50" fill="none" stroke="${p.ink}" stroke-width="10"/>`;

export const lock = (p: Paint) =>
  `<path d="M200 250V150a100 100 0 0 1 200 0V250" fill="none" stroke="${p.ink}" stroke-width="40"/>`
  + `<path d="M200 250V150a100 100 0 0 1 200 0V250" fill="none" stroke="${p.metal}" stroke-width="28"/>`
  + `<rect x="150" y="240" width="300" height="90" rx="24" fill="${p.main}" stroke="${p.ink}" stroke-width="5"/>`
  + `<circle cx="410" cy="285" r="16" fill="${p.accent}" stroke="${p.ink}" stroke-width="4"/>`;

export const pump = (p: Paint) =>
  `<rect x="270" y="90" width="60" height="280" rx="10" fill="${p.main}" stroke="${p.ink}" stroke-width="5"/>`
  + `<rect x="200" y="60" width="200" height="30" rx="15" fill="${p.ink}"/>`
  + `<rect x="292" y="60" width="16" height="40" fill="${p.metal}"/>`
  + `<path d="M190 380h220" stroke="${p.ink}" stroke-width="18" stroke-linecap="round"/>`
  + `<circle cx="300" cy="320" r="34" fill="#fafafa" stroke="${p.ink}" stroke-width="5"/>`
  + `<path d="M300 320l18 -18" stroke="${p.accent}" stroke-width="5" stroke-linecap="round"/>`
  + `<path d="M330 300q120 0 110 -140" fill="none" stroke="${p.ink}" stroke-width="10"/>`;
