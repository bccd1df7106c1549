import { describe, expect, it } from 'vitest';
import type { ImageKind } from '../template-types.ts';
import { renderProductSvg, svgHeight, svgWidth } from './product-svg.ts';

const kinds: ImageKind[] = [
  'road-bike', 'mtb', 'e-bike', 'kids-bike', 'chainring', 'wheel', 'brake', 'handlebar', 'jersey', 'shorts',
  'jacket', 'gloves', 'helmet', 'light', 'lock', 'bag', 'pump', 'bar', 'gel', 'bottle',
];
const views = ['main', 'detail', 'mirror'] as const;

/** A small well-formedness check: balanced tags, quoted attributes, only known entities. */
function assertWellFormed(xml: string): void {
  const stack: string[] = [];
  const tag = /<(\/?)([a-zA-Z][\w:-]*)((?:\s+[\w:-]+="[^"<]*")*)\s*(\/?)>/g;
  let last = 0;
  for (let match = tag.exec(xml); match; match = tag.exec(xml)) {
    const text = xml.slice(last, match.index);
    expect(text, 'text between tags').not.toMatch(/[<>]|&(?!(amp|lt|gt|quot|apos);)/);
    last = tag.lastIndex;
    const [, closing, name, , selfClosing] = match;
    if (closing) expect(stack.pop(), `closing </${name}>`).toBe(name);
    else if (!selfClosing) stack.push(name ?? '');
  }
  expect(xml.slice(last).trim()).toBe('');
  expect(stack).toEqual([]);
}

describe('renderProductSvg', () => {
  for (const kind of kinds) {
    it(`draws a well-formed, self-contained ${kind}`, () => {
      for (const view of views) {
        const svg = renderProductSvg({ kind, view, colour: '#c8322f', accent: '#1f8a8a', title: `Test ${kind}` });
        assertWellFormed(svg);
        expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
        expect(svg).toContain(`width="${svgWidth}" height="${svgHeight}"`);
        expect(svg).toContain(`<title>Test ${kind}</title>`);
        expect(svg.replace('xmlns="http://www.w3.org/2000/svg"', '')).not.toMatch(/href|url\(|https?:|<script|@import|<style|<foreignObject|<image|font-face/i);
        expect(svg.length).toBeLessThan(8_000);
      }
    });
  }

  it('escapes the product name in the title', () => {
    const svg = renderProductSvg({ kind: 'bag', view: 'main', colour: '#000000', accent: '#ffffff', title: 'Pannier & Pine <Roam> "12 L"' });
    assertWellFormed(svg);
    expect(svg).toContain('<title>Pannier &amp; Pine &lt;Roam&gt; &quot;12 L&quot;</title>');
  });
});
