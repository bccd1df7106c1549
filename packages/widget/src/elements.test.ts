// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { defineWidgetElements, insertFromScriptTag } from './elements.ts';

const body = {
  store: { name: 'Tandem', url: 'http://store.test' },
  products: [
    { name: 'Road bike', amount: 129900, currency: 'EUR', url: 'http://store.test/r/acme?product=road-bike&src=widget', imageUrl: null },
    { name: 'Gravel bike', amount: 99900, currency: 'EUR', url: 'http://store.test/r/acme?product=gravel-bike&src=widget', imageUrl: null },
  ],
};
const requests: { url: string; init: RequestInit | undefined }[] = [];
let respond: () => Promise<Response> = async () => new Response(JSON.stringify(body), { headers: { 'Content-Type': 'application/json' } });

defineWidgetElements(window as Window & typeof globalThis, {
  apiBase: 'http://api.test',
  fetch: (async (url: string, init?: RequestInit) => {
    requests.push({ url, init });
    return respond();
  }) as typeof fetch,
});

function rendered(element: HTMLElement): Promise<number> {
  return new Promise((resolve) => element.addEventListener('tandem:rendered', (e) => resolve((e as CustomEvent<{ products: number }>).detail.products), { once: true }));
}

afterEach(() => {
  document.body.replaceChildren();
  requests.length = 0;
  respond = async () => new Response(JSON.stringify(body));
});

describe('<tandem-crosslinks>', () => {
  it('asks the API without cookies and renders the products in its shadow root', async () => {
    const element = document.createElement('tandem-crosslinks');
    element.setAttribute('partner', 'acme');
    element.setAttribute('context', 'road bikes');
    element.setAttribute('limit', '2');
    const done = rendered(element);
    document.body.append(element);
    expect(await done).toBe(2);
    expect(requests[0]?.url).toBe('http://api.test/widget/crosslinks?partner=acme&limit=2&context=road+bikes');
    expect(requests[0]?.init?.credentials).toBe('omit');
    expect(element.shadowRoot?.querySelectorAll('li a')).toHaveLength(2);
    expect(element.hidden).toBe(false);
    expect(document.body.querySelectorAll('a')).toHaveLength(0);
  });

  it('hides itself quietly when the API is down or answers garbage', async () => {
    for (const failure of [async () => Promise.reject(new TypeError('Failed to fetch')), async () => new Response('oops', { status: 503 }), async () => new Response('{not json')]) {
      respond = failure;
      const element = document.createElement('tandem-crosslinks');
      element.setAttribute('partner', 'acme');
      const done = rendered(element);
      document.body.append(element);
      expect(await done).toBe(0);
      expect(element.hidden).toBe(true);
    }
  });

  it('does not call the API for a partner code that is not one', () => {
    const element = document.createElement('tandem-crosslinks');
    element.setAttribute('partner', '"><script>');
    document.body.append(element);
    expect(requests).toHaveLength(0);
    expect(element.hidden).toBe(true);
  });
});

describe('<tandem-ringbar> and the one-tag form', () => {
  it('renders the ring bar without a request', () => {
    const bar = document.createElement('tandem-ringbar');
    bar.setAttribute('ring', 'bike-blogs');
    bar.setAttribute('site', 'acme');
    document.body.append(bar);
    expect(bar.shadowRoot?.querySelectorAll('a')).toHaveLength(4);
    expect(requests).toHaveLength(0);
  });

  it('inserts the element named by the script’s data attributes right after the script', () => {
    const script = document.createElement('script');
    script.dataset.partner = 'acme';
    script.dataset.context = 'road bikes';
    document.body.append(script);
    const element = insertFromScriptTag(script);
    expect(element?.tagName.toLowerCase()).toBe('tandem-crosslinks');
    expect(script.nextElementSibling).toBe(element);
    expect(element?.getAttribute('context')).toBe('road bikes');
  });
});
