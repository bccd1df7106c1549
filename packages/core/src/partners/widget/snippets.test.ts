import { describe, expect, it } from 'vitest';
import { pageCarriesRingBar } from '../rings/ring-page-check.ts';
import { ringSnippets, widgetSnippets } from './snippets.ts';

describe('widgetSnippets', () => {
  it('gives both forms with the partner, context and limit, and the versioned URL', () => {
    const s = widgetSnippets({ apiUrl: 'http://api.test:4430', version: '1.2.3', partnerCode: 'bike-blog', context: 'road bikes', limit: 3 });
    expect(s.scriptTag).toBe('<script src="http://api.test:4430/widget.js" data-partner="bike-blog" data-context="road bikes" data-limit="3" async></script>');
    expect(s.element).toContain('<tandem-crosslinks partner="bike-blog" context="road bikes" limit="3"></tandem-crosslinks>');
    expect(s.versionedScriptUrl).toBe('http://api.test:4430/widget/v1.2.3.js');
  });
  it('escapes a context that tries to break out of its attribute', () => {
    const s = widgetSnippets({ apiUrl: 'http://api.test', version: '1.0.0', partnerCode: 'p', context: '"><script>alert(1)</script>' });
    expect(s.scriptTag).not.toContain('<script>alert');
    expect(s.scriptTag).toContain('data-context="&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;"');
  });
});

describe('ringSnippets', () => {
  it('gives forms that the health check recognises as carrying the ring bar', () => {
    const s = ringSnippets({ apiUrl: 'http://api.test', ringSlug: 'bike-blogs', ringName: 'Bike <blogs>', siteCode: 'alpha' });
    for (const form of [s.element, s.scriptTag, s.fallback]) expect(pageCarriesRingBar(form, 'bike-blogs')).toBe(true);
    expect(s.fallback).toContain('href="http://api.test/rings/bike-blogs/random?from=alpha"');
    expect(s.fallback).toContain('Bike &lt;blogs&gt;');
  });
});
