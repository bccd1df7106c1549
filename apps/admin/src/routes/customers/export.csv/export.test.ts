// The CSV download: the API's chunks are streamed one after another with the filters of the list
// (not its sort), a refusal is an error before any byte, and people without the permission are stopped.
import { describe, expect, it, vi } from 'vitest';
import { GET } from './+server.ts';

type Chunk = { csv: string; next: string | null };

function event(search: string, chunks: Record<string, Chunk>, permissions = ['customers']) {
  const query = vi.fn(async (input: { after?: string }) => chunks[input.after ?? 'first']!);
  const url = new URL(`http://admin.test/customers/export.csv${search}`);
  const locals = { staff: { permissions }, api: { adminCustomers: { exportChunk: { query } } } };
  return { query, run: () => GET({ locals, url } as unknown as Parameters<typeof GET>[0]) };
}

describe('GET /customers/export.csv', () => {
  it('streams every chunk in order with the list filters, without the sort', async () => {
    const { query, run } = event('?query=ada&group=RETAILER&sort=revenue', {
      first: { csv: 'customer_id,name\r\na,Ada\r\n', next: 'a' },
      a: { csv: 'b,Ada B\r\n', next: 'b' },
      b: { csv: 'c,Ada C\r\n', next: null },
    });
    const response = await run();
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(response.headers.get('content-disposition')).toMatch(/^attachment; filename="customers-\d{4}-\d\d-\d\d\.csv"$/);
    expect(await response.text()).toBe('customer_id,name\r\na,Ada\r\nb,Ada B\r\nc,Ada C\r\n');
    expect(query.mock.calls.map(([input]) => input)).toEqual([
      { query: 'ada', group: 'RETAILER', limit: 500, after: undefined },
      { query: 'ada', group: 'RETAILER', limit: 500, after: 'a' },
      { query: 'ada', group: 'RETAILER', limit: 500, after: 'b' },
    ]);
  });

  it('refuses filters the API would refuse, before asking it', async () => {
    const { query, run } = event('?group=VIP', {});
    await expect(run()).rejects.toMatchObject({ status: 400 });
    expect(query).not.toHaveBeenCalled();
  });

  it('stops staff without the customers permission', async () => {
    const { query, run } = event('', {}, ['catalog']);
    await expect(run()).rejects.toMatchObject({ status: 403 });
    expect(query).not.toHaveBeenCalled();
  });
});
