import { describe, expect, it } from 'vitest';
import { pdfDownload } from './pdf-download.ts';

describe('pdfDownload', () => {
  it('serves the decoded bytes as a private PDF attachment under the API’s file name', async () => {
    const response = pdfDownload({ filename: 'INV-000042.pdf', base64: Buffer.from('%PDF-1.7 test').toString('base64') });
    expect(response.headers.get('content-type')).toBe('application/pdf');
    expect(response.headers.get('content-disposition')).toBe('attachment; filename="INV-000042.pdf"');
    expect(response.headers.get('cache-control')).toBe('private, no-store');
    expect(await response.text()).toBe('%PDF-1.7 test');
  });

  it('keeps a file name that could break the header out of it', () => {
    const response = pdfDownload({ filename: 'x".pdf\r\nSet-Cookie: a=b', base64: '' });
    expect(response.headers.get('content-disposition')).toBe('attachment; filename="document.pdf"');
  });
});
