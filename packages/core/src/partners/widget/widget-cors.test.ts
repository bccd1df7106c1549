import { describe, expect, it } from 'vitest';
import { widgetCorsOrigin } from './widget-cors.ts';

const approved = { status: 'APPROVED', allowedOrigins: ['https://blog.example', 'http://127.0.0.1:5430/'] };

describe('widgetCorsOrigin', () => {
  it('allows an approved partner’s listed origins, exactly', () => {
    expect(widgetCorsOrigin(approved, 'https://blog.example')).toBe('https://blog.example');
    expect(widgetCorsOrigin(approved, 'http://127.0.0.1:5430')).toBe('http://127.0.0.1:5430');
  });
  it('refuses other origins, look-alikes and odd values', () => {
    for (const origin of ['https://evil.example', 'https://blog.example.evil', 'http://blog.example', 'https://blog.example:8443', 'null', '', null, undefined, 'HTTPS://BLOG.EXAMPLE']) {
      expect(widgetCorsOrigin(approved, origin)).toBeNull();
    }
  });
  it('refuses partners that are not approved, and unknown partners', () => {
    for (const status of ['PENDING', 'REJECTED', 'SUSPENDED']) expect(widgetCorsOrigin({ ...approved, status }, 'https://blog.example')).toBeNull();
    expect(widgetCorsOrigin(null, 'https://blog.example')).toBeNull();
  });
});
