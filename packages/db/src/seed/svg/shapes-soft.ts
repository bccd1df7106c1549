// Soft-goods and consumables silhouettes: clothing, helmet, bag, bar, gel and bottle.
import type { Paint } from './palette.ts';

const outline = (p: Paint) => `stroke="${p.ink}" stroke-width="4" stroke-linejoin="round"`;

export const jersey = (p: Paint) =>
  `<path d="M230 70l-110 50l-50 90l70 30l30 -50v200h260v-200l30 50l70 -30l-50 -90l-110 -50q-70 40 -140 0z" fill="${p.main}" ${outline(p)}/>`
  + `<path d="M180 230h240v40h-240z" fill="${p.accent}"/>`
  + `<path d="M300 80v310" stroke="${p.ink}" stroke-width="3" stroke-dasharray="6 4"/>`
  + `<path d="M230 70q70 40 140 0" fill="none" stroke="${p.ink}" stroke-width="8"/>`;

export const shorts = (p: Paint) =>
  `<path d="M240 40h30l10 120h40l10 -120h30l10 140l30 200h-120l-10 -150l-10 150h-120l30 -200z" fill="${p.main}" ${outline(p)}/>`
  + `<path d="M185 355h110M305 355h110" stroke="${p.accent}" stroke-width="14"/>`;

export const jacket = (p: Paint) =>
  `<path d="M230 60l-100 45l-70 230l60 15l60 -170v220h240v-220l60 170l60 -15l-70 -230l-100 -45q-70 30 -140 0z" fill="${p.main}" ${outline(p)}/>`
  + `<path d="M230 60q70 -50 140 0q-70 30 -140 0z" fill="${p.ink}"/>`
  + `<path d="M300 75v330" stroke="${p.ink}" stroke-width="6"/>`
  + `<path d="M180 300h90M330 300h90" stroke="${p.accent}" stroke-width="10"/>`;

export const gloves = (p: Paint) =>
  [0, 1].map((i) => {
    const x = 150 + i * 180;
    return `<g transform="translate(${x} 0)"><rect x="0" y="200" width="140" height="150" rx="30" fill="${p.main}" ${outline(p)}/>`
      + [0, 1, 2, 3].map((f) => `<rect x="${6 + f * 33}" y="${90 + Math.abs(f - 1.5) * 18}" width="28" height="140" rx="14" fill="${p.main}" ${outline(p)}/>`).join('')
      + `<rect x="${i ? -40 : 120}" y="220" width="60" height="28" rx="14" fill="${p.main}" ${outline(p)}/>`
      + `<rect x="0" y="320" width="140" height="30" fill="${p.accent}"/></g>`;
  }).join('');

export const helmet = (p: Paint) =>
  `<path d="M110 300q0 -200 200 -210q180 10 190 210q-40 20 -100 10h-200q-60 10 -90 -10z" fill="${p.main}" ${outline(p)}/>`
  + [0, 1, 2, 3].map((i) => `<path d="M${190 + i * 60} ${170 - (i % 3 === 0 ? 0 : 20)}q20 -20 40 0v50q-20 10 -40 0z" fill="#f7f7f7" stroke="${p.ink}" stroke-width="3"/>`).join('')
  + `<path d="M120 300h380" stroke="${p.accent}" stroke-width="10"/>`
  + `<path d="M200 310l40 90l60 -90" fill="none" stroke="${p.ink}" stroke-width="5"/>`;

export const bag = (p: Paint) =>
  `<rect x="140" y="120" width="320" height="230" rx="40" fill="${p.main}" ${outline(p)}/>`
  + `<path d="M150 120q150 -60 300 0" fill="${p.main}" ${outline(p)}/>`
  + `<path d="M210 110v250M390 110v250" stroke="${p.ink}" stroke-width="14"/>`
  + `<rect x="190" y="250" width="220" height="14" rx="7" fill="${p.accent}"/>`;

export const bar = (p: Paint) =>
  `<g transform="rotate(-12 300 225)"><path d="M90 170l20 10l-20 10l20 10l-20 10l20 10l-20 10l20 10l-20 10h420l-20 -10l20 -10l-20 -10l20 -10l-20 -10l20 -10l-20 -10l20 -10z" fill="${p.main}" ${outline(p)}/>`
  + `<rect x="200" y="170" width="200" height="90" fill="${p.accent}"/>`
  + `<circle cx="300" cy="215" r="28" fill="#fafafa" stroke="${p.ink}" stroke-width="3"/></g>`;

export const gel = (p: Paint) =>
  `<path d="M220 60h160l20 30l-20 20v250q0 20 -20 20h-140q-20 0 -20 -20v-250l-20 -20z" fill="${p.main}" ${outline(p)}/>`
  + `<path d="M200 90h200" stroke="${p.ink}" stroke-width="3" stroke-dasharray="8 6"/>`
  + `<rect x="220" y="200" width="160" height="80" rx="10" fill="${p.accent}"/>`;

export const bottle = (p: Paint) =>
  `<rect x="265" y="40" width="70" height="40" rx="8" fill="${p.ink}"/>`
  + `<path d="M240 80h120l20 40v260q0 30 -30 30h-100q-30 0 -30 -30v-260z" fill="${p.main}" ${outline(p)}/>`
  + `<rect x="220" y="200" width="160" height="110" fill="${p.accent}"/>`
  + `<path d="M220 160h160M220 350h160" stroke="${p.ink}" stroke-width="3"/>`;
