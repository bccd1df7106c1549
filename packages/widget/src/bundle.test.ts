import { describe, expect, it } from 'vitest';
import { buildWidget, WIDGET_GZIP_BUDGET } from './bundle.ts';

describe('the built widget', () => {
  it('fits the 10 KB gzipped budget and is one self-contained script', async () => {
    const widget = await buildWidget();
    expect(widget.gzipBytes).toBeLessThan(WIDGET_GZIP_BUDGET);
    expect(widget.code).not.toMatch(/\bimport\s*\(|\brequire\(/);
    expect(widget.etag).toMatch(/^"w\d+\.\d+\.\d+-[\w-]{16}"$/);
  });

  it('never touches cookies, storage or markup parsing', async () => {
    const { code } = await buildWidget();
    for (const forbidden of ['document.cookie', 'localStorage', 'sessionStorage', 'innerHTML', 'outerHTML', 'insertAdjacentHTML', 'document.write', 'eval(']) {
      expect(code).not.toContain(forbidden);
    }
    expect(code).toContain('credentials:"omit"');
  });
});
