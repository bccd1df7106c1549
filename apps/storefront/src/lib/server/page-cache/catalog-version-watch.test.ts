import { describe, expect, it } from 'vitest';
import { createCatalogVersionWatch, fetchCatalogVersion } from './catalog-version-watch.ts';

function clockAt(start = 0) {
  const clock = { t: start, now: () => clock.t };
  return clock;
}

/** An API whose answers the test releases one by one. */
function slowApi() {
  const pending: ((version: string) => void)[] = [];
  return { pending, fetchVersion: () => new Promise<string>((resolve) => pending.push(resolve)) };
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
    await watch.current();
    expect(await watch.current()).toBe('8');
    expect(asked).toBe(2);
  });

  it('answers with the last version while a check is under way, and with the new one once it answers', async () => {
    const clock = clockAt();
    const api = slowApi();
    const watch = createCatalogVersionWatch({ fetchVersion: api.fetchVersion, now: clock.now });
    const first = watch.current();
    api.pending.shift()!('7');
    expect(await first).toBe('7');
    clock.t = 1_500;
    expect(await watch.current()).toBe('7');
    expect(await watch.current()).toBe('7');
    expect(api.pending).toHaveLength(1);
    api.pending.shift()!('8');
    await Promise.resolve();
    await Promise.resolve();
    expect(await watch.current()).toBe('8');
  });

  it('keeps a newer version when another API process answers with an older one', async () => {
    const clock = clockAt();
    const answers = ['12', '11', '13'];
    const watch = createCatalogVersionWatch({ fetchVersion: async () => answers.shift()!, now: clock.now });
    expect(await watch.current()).toBe('12');
    for (const expected of ['12', '13']) {
      clock.t += 1_000;
      await watch.current();
      expect(await watch.current()).toBe(expected);
    }
  });

  it('answers null once the API has not answered for ten seconds, and recovers', async () => {
    const clock = clockAt();
    let up = true;
    const watch = createCatalogVersionWatch({ fetchVersion: async () => (up ? '3' : Promise.reject(new Error('ECONNREFUSED'))), now: clock.now });
    expect(await watch.current()).toBe('3');
    up = false;
    clock.t = 9_999;
    expect(await watch.current()).toBe('3');
    clock.t = 10_000;
    expect(await watch.current()).toBeNull();
    up = true;
    clock.t = 11_000;
    expect(await watch.current()).toBe('3');
  });

  it("reads tRPC's answer of catalog.version and refuses anything else", async () => {
    const answer = (body: unknown, status = 200) => (async () => new Response(JSON.stringify(body), { status })) as typeof fetch;
    expect(await fetchCatalogVersion('http://api.test', answer({ result: { data: { version: '42' } } }))).toBe('42');
    await expect(fetchCatalogVersion('http://api.test', answer({ result: { data: { version: 'x' } } }))).rejects.toThrow();
    await expect(fetchCatalogVersion('http://api.test', answer({}, 500))).rejects.toThrow('HTTP 500');
  });
});
