import { describe, expect, it } from 'vitest';
import { areasFor, permissionFor } from './areas.ts';

describe('admin areas', () => {
  it('lists only the areas a set of permissions allows', () => {
    expect(areasFor(['support', 'orders.read', 'dashboards']).map((a) => a.path)).toEqual(['/orders', '/support']);
    expect(areasFor(['marketing', 'dashboards']).map((a) => a.path)).toEqual(['/marketing']);
    expect(areasFor(['partners', 'dashboards']).map((a) => a.path)).toEqual(['/partners', '/partner-content', '/partners/rings']);
    expect(areasFor(['marketing', 'partners', 'dashboards']).map((a) => a.path)).toEqual(['/partners', '/partner-content', '/marketing', '/partners/rings']);
    expect(areasFor(['catalog', 'orders.read', 'dashboards']).map((a) => a.path)).toEqual(['/orders', '/catalog']);
    expect(areasFor(['support', 'orders.read', 'customers', 'dashboards']).map((a) => a.path)).toEqual(['/orders', '/customers', '/support']);
  });

  it('needs the area permission to look and its action permission to act', () => {
    expect(permissionFor('/orders/abc', 'GET')).toBe('orders.read');
    expect(permissionFor('/orders/abc', 'POST')).toBe('orders.manage');
    expect(permissionFor('/support/faq', 'POST')).toBe('support');
    expect(permissionFor('/partners/abc', 'POST')).toBe('partners');
    expect(permissionFor('/catalog/products/abc', 'POST')).toBe('catalog');
    expect(permissionFor('/marketing/promotions/new', 'POST')).toBe('marketing');
    expect(permissionFor('/customers/abc', 'GET')).toBe('customers');
    expect(permissionFor('/customers/abc', 'POST')).toBe('marketing');
    expect(permissionFor('/ordersx', 'GET')).toBeUndefined();
    expect(permissionFor('/', 'GET')).toBeUndefined();
  });
});
