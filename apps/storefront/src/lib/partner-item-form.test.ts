import { describe, expect, it } from 'vitest';
import { partnerItemFromForm } from './partner-item-form.ts';

const form = (fields: Record<string, string | string[]>) => {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) for (const v of [value].flat()) data.append(name, v);
  return data;
};

describe('partnerItemFromForm', () => {
  it('turns the typed price into minor units and the word lists into arrays', () => {
    const { result } = partnerItemFromForm(form({ title: 'Club jersey', price: '59,90', currency: 'EUR', url: 'https://jerseys.example/j', keywords: 'Jersey, road  merino', categories: ['road', 'jerseys'] }));
    expect(result).toEqual({ ok: true, data: expect.objectContaining({ title: 'Club jersey', priceAmount: 5_990, currency: 'EUR', keywords: ['jersey', 'road', 'merino'], categories: ['road', 'jerseys'] }) });
  });

  it('says which fields are wrong', () => {
    expect(partnerItemFromForm(form({ title: 'x', price: 'cheap', url: 'https://a.example' })).result).toEqual({ ok: false, errors: { price: [expect.any(String)] } });
    const bad = partnerItemFromForm(form({ title: '', price: '5', currency: 'EUR', url: 'javascript:alert(1)' })).result;
    expect(bad.ok ? [] : Object.keys(bad.errors).sort()).toEqual(['title', 'url']);
  });

  it('sends a new item’s form key so a repeat adds nothing, and never with an edit', () => {
    const key = 'a'.repeat(43);
    const fields = { title: 'Club jersey', price: '59.90', currency: 'EUR', url: 'https://jerseys.example/j', createKey: key };
    expect(partnerItemFromForm(form(fields)).result).toMatchObject({ ok: true, data: { createKey: key } });
    const edit = partnerItemFromForm(form({ ...fields, id: 'item-1' })).result;
    expect(edit.ok && edit.data).toMatchObject({ id: 'item-1' });
    expect(edit.ok && edit.data).not.toHaveProperty('createKey');
  });
});
