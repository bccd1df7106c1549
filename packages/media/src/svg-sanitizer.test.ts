import { describe, expect, it } from 'vitest';
import { sanitiseSvg } from './svg-sanitizer.ts';

const svg = (body: string, rootAttributes = '') =>
  Buffer.from(`<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" viewBox="0 0 120 80"${rootAttributes}>${body}</svg>`);
const stored = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

describe('sanitiseSvg', () => {
  it.each([
    ['a namespaced script bound to SVG', '<x:script xmlns:x="http://www.w3.org/2000/svg">alert(1)</x:script>'],
    ['a plain script', '<script>alert(1)</script>'],
    ['an XHTML script', '<h:script xmlns:h="http://www.w3.org/1999/xhtml">alert(1)</h:script>'],
    ['an event handler', '<rect width="5" height="5" onclick="alert(1)"/>'],
    ['a javascript: href', '<a href="javascript:alert(1)"><rect width="5" height="5"/></a>'],
    ['a javascript: xlink:href', '<a xlink:href="javascript:alert(1)"><rect width="5" height="5"/></a>'],
    ['an entity-encoded javascript: href', '<a href="&#106;avascript:alert(1)"><rect width="5" height="5"/></a>'],
    ['a prefixed foreignObject', '<x:foreignObject xmlns:x="http://www.w3.org/2000/svg" width="9" height="9"><p xmlns="http://www.w3.org/1999/xhtml">hi</p></x:foreignObject>'],
    ['a foreignObject with HTML', '<foreignObject width="10" height="10"><div xmlns="http://www.w3.org/1999/xhtml"><img src="x" onerror="alert(1)"/></div></foreignObject>'],
    ['an external <use>', '<use href="https://evil.example/sprite.svg#icon"/>'],
    ['an external xlink <use>', '<use xlink:href="data:image/svg+xml;base64,PHN2Zz48L3N2Zz4=#x"/>'],
    ['an external <use> through another xlink prefix', '<use l:href="https://evil.example/sprite.svg#icon" xmlns:l="http://www.w3.org/1999/xlink"/>'],
    ['a prefixed event handler', '<rect width="5" height="5" x:onclick="alert(1)" xmlns:x="http://www.w3.org/2000/svg"/>'],
    ['an external image', '<image href="https://tracker.example/pixel.png" width="1" height="1"/>'],
    ['an animated href', '<a><set attributeName="href" to="javascript:alert(1)"/><rect width="5" height="5"/></a>'],
    ['an iframe', '<iframe xmlns="http://www.w3.org/1999/xhtml" src="https://evil.example/"/>'],
    ['a style element importing CSS', '<style>@import url(https://evil.example/a.css); rect { fill: red }</style>'],
    ['a style element with an external url()', '<style><![CDATA[rect { fill: url(https://evil.example/p.svg#p) }]]></style>'],
    ['a style attribute with an external url()', '<rect width="5" height="5" style="fill: url(https://evil.example/p.svg#p)"/>'],
  ])('refuses %s', (_, body) => {
    expect(() => sanitiseSvg(svg(body))).toThrow(/active or external content/);
  });

  it('refuses an onload on the root element', () => {
    expect(() => sanitiseSvg(svg('<rect width="5" height="5"/>', ' onload="alert(1)"'))).toThrow(/onload attribute/);
  });

  it.each([
    ['an internal entity', '<?xml version="1.0"?><!DOCTYPE svg [<!ENTITY x "&#60;script&#62;alert(1)&#60;/script&#62;">]><svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1 1">&x;</svg>', /entities/],
    ['an external entity', '<?xml version="1.0"?><!DOCTYPE svg [<!ENTITY x SYSTEM "file:///etc/passwd">]><svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1 1">&x;</svg>', /entities/],
    ['a billion laughs', '<!DOCTYPE svg [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]><svg xmlns="http://www.w3.org/2000/svg">&b;</svg>', /entities/],
    ['HTML with an svg inside', '<html><body><svg xmlns="http://www.w3.org/2000/svg"/><script>alert(1)</script></body></html>', /not an SVG|damaged/],
    ['an svg root in another namespace', '<svg xmlns="http://www.w3.org/1999/xhtml"><script>alert(1)</script></svg>', /not an SVG/],
    ['markup that is not well-formed', '<svg xmlns="http://www.w3.org/2000/svg"><rect></svg>', /damaged/],
  ])('refuses %s', (_, text, reason) => {
    expect(() => sanitiseSvg(Buffer.from(text))).toThrow(reason);
  });

  it('refuses a drawing too deep, too large or with too many elements before parsing it', () => {
    const start = performance.now();
    expect(() => sanitiseSvg(svg(`${'<g>'.repeat(20_000)}${'</g>'.repeat(20_000)}`))).toThrow(/too complex/);
    expect(() => sanitiseSvg(svg('<rect width="1" height="1"/>'.repeat(5_001)))).toThrow(/too complex/);
    expect(() => sanitiseSvg(svg(`<path d="${'M1 1L2 2'.repeat(140_000)}"/>`))).toThrow(/at most 1 MB/);
    expect(performance.now() - start).toBeLessThan(1_000);
    // Markup-like text inside comments and CDATA is not counted.
    expect(sanitiseSvg(svg(`<!-- ${'<g>'.repeat(100)} --><style><![CDATA[${'<g>'.repeat(100)}]]></style><g><g/></g>`)).width).toBe(120);
  });

  it('keeps internal references, gradients, filters, text and embedded rasters', () => {
    const body = '<defs><linearGradient id="g"><stop offset="0" stop-color="#c00"/></linearGradient><filter id="f"><feGaussianBlur stdDeviation="2"/></filter></defs>'
      + '<rect fill="url(#g)" filter="url(#f)" width="5" height="5"/><use href="#g"/><use xlink:href="#g"/>'
      + '<style><![CDATA[text { fill: url(#g) }]]></style><text x="1" y="9">Tom &amp; Jerry</text>'
      + '<image href="data:image/png;base64,iVBORw0KGgo=" width="1" height="1"/>';
    const out = stored(sanitiseSvg(svg(body)).bytes);
    for (const kept of ['<linearGradient id="g">', '<feGaussianBlur', 'fill="url(#g)"', '<use href="#g"/>', 'xlink:href="#g"', 'text { fill: url(#g) }', 'Tom &amp; Jerry', 'href="data:image/png;base64,iVBORw0KGgo="']) {
      expect(out).toContain(kept);
    }
  });

  it('drops editor metadata silently and reads the declared size', () => {
    const inkscape = '<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg" xmlns:sodipodi="http://sodipodi.sourceforge.net/DTD/sodipodi-0.dtd" xmlns:inkscape="http://www.inkscape.org/namespaces/inkscape" width="300px" height="200" inkscape:version="1.3"><sodipodi:namedview id="n" inkscape:zoom="1"/><rect width="5" height="5"/></svg>';
    const result = sanitiseSvg(Buffer.from(inkscape));
    expect(result).toMatchObject({ width: 300, height: 200 });
    expect(stored(result.bytes)).not.toMatch(/inkscape|sodipodi/);
  });

  it('stores the re-serialised document, not the uploaded bytes', () => {
    const out = stored(sanitiseSvg(Buffer.from('<!-- made by hand --><svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 4 3"><rect width="4" height="3"/></svg>')).bytes);
    expect(out).toBe('<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 4 3"><rect width="4" height="3"/></svg>\n');
  });
});
