import { describe, expect, it } from 'vitest';
import { createCatalogVersionWatch, fetchCatalogVersion } from './catalog-version-watch.ts';

function clockAt(start = 0) {
  const clock = { t: start, now: () => clock.t };
  return clock;
}

describe('the catalog version watch', () => {
  it('asks the API once however many requests want the version at the same time, then not again within a second', async () => {
    const clock = clockAt();
    let asked = 0;
    const watch = createCatalogVersionWatch({ fetchVersion: async () => String(++asked + 6), now: clock.now });
    expect(await Promise.all([watch.current(), watch.current(), watch.current()])).toEqual(['7', '7', '7']);
    clock.t = 999;
    expect(await watch.current()).toBe('7');
    expect(asked).toBe(1);
    clock.t = 1_000;
    expect(await watch.current()).toBe('8');
    expect(asked).toBe(2);
  });

  it('keeps a newer version when another API process answers with an older one', async () => {
    const clock = clockAt();
    const answers = ['12', '11', '13'];
    const watch = createCatalogVersionWatch({ fetchVersion: async () => answers.shift()!, now: clock.now });
    expect(await watch.current()).toBe('12');
    clock.t += 1_000;
    expect(await watch.current()).toBe('12');
    clock.t += 1_000;
    expect(await watch.current()).toBe('13');
  });

  it('answers null while the API does not answer, and recovers', async () => {
    const clock = clockAt();
    let up = false;
    const watch = createCatalogVersionWatch({ fetchVersion: async () => (up ? '3' : Promise.reject(new Error('ECONNREFUSED'))), now: clock.now });
    expect(await watch.current()).toBeNull();
    up = true;
    clock.t += 1_000;
    expect(await watch.current()).toBe('3');
  });

  it("reads tRPC's answer of catalog.version and refuses anything else", async () => {
    const answer = (body: unknown, status = 200) => (async () => new Response(JSON.stringify(body), { status })) as typeof fetch;
    expect(await fetchCatalogVersion('http://api.test', answer({ result: { data: { version: '42' } } }))).toBe('42');
    await expect(fetchCatalogVersion('http://api.test', answer({ result: { data: { version: 'x' } } }))).rejects.toThrow();
    await expect(fetchCatalogVersion('http://api.test', answer({}, 500))).rejects.toThrow('HTTP 500');
  });
});
