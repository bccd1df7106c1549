// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { renderCrosslinks, renderRingbar, ringbarLinks } from './render.ts';
import { parseCrosslinks } from './validate.ts';

const XSS = '<img src=x onerror="window.__pwned=1">';

function shadowHost() {
  const host = document.createElement('div');
  document.body.append(host);
  return host.attachShadow({ mode: 'open' });
}

describe('renderCrosslinks', () => {
  it('renders a list of named product links with image and price', () => {
    const root = shadowHost();
    const data = parseCrosslinks({
      store: { name: 'Tandem', url: 'http://store.test' },
      products: [{ name: 'Road bike', amount: 129900, regularAmount: 149900, currency: 'EUR', url: 'http://store.test/r/acme?product=road-bike&src=widget', imageUrl: 'http://store.test/media/road.svg' }],
    })!;
    expect(renderCrosslinks(root, data, 'a{}', 'en')).toBe(1);
    const links = root.querySelectorAll('ul[role="list"] > li > a');
    expect(links).toHaveLength(1);
    const link = links[0] as HTMLAnchorElement;
    expect(link.getAttribute('href')).toBe('http://store.test/r/acme?product=road-bike&src=widget');
    expect(link.textContent).toContain('Road bike');
    expect(link.textContent).toContain('€1,299.00');
    expect(link.querySelector('s')?.textContent).toBe('€1,499.00');
    expect(link.querySelector('img')?.getAttribute('src')).toBe('http://store.test/media/road.svg');
    expect(root.querySelector('section')?.getAttribute('aria-label')).toBe('Products from Tandem');
  });

  it('keeps markup in product and store names as text', () => {
    const root = shadowHost();
    const data = parseCrosslinks({
      store: { name: XSS, url: 'http://store.test' },
      products: [{ name: XSS, amount: 100, currency: 'EUR', url: 'http://store.test/r/a?product=x&src=widget', imageUrl: 'javascript:alert(1)' }],
    })!;
    renderCrosslinks(root, data, '', 'en');
    expect(root.querySelector('.name')?.textContent).toBe(XSS);
    expect(root.querySelectorAll('img')).toHaveLength(0);
    expect(root.querySelectorAll('[onerror]')).toHaveLength(0);
    expect((window as unknown as { __pwned?: number }).__pwned).toBeUndefined();
  });

  it('renders nothing but its style for an empty list', () => {
    const root = shadowHost();
    expect(renderCrosslinks(root, { store: { name: 'T', url: 'http://s.test/' }, products: [] }, 'a{}')).toBe(0);
    expect(root.querySelector('section')).toBeNull();
  });
});

describe('renderRingbar', () => {
  it('links prev, index, random and next on the API host for this site', () => {
    const root = shadowHost();
    renderRingbar(root, ringbarLinks('http://api.test', 'bike-blogs', 'acme', 'Bike blogs'), '');
    const hrefs = [...root.querySelectorAll('a')].map((a) => [a.textContent, a.getAttribute('href')]);
    expect(hrefs).toEqual([
      ['← Previous', 'http://api.test/rings/bike-blogs/prev?from=acme'],
      ['Ring index', 'http://api.test/rings/bike-blogs'],
      ['Random site', 'http://api.test/rings/bike-blogs/random?from=acme'],
      ['Next →', 'http://api.test/rings/bike-blogs/next?from=acme'],
    ]);
    expect(root.querySelector('nav')?.getAttribute('aria-label')).toBe('Bike blogs');
  });
});
