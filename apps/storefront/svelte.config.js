import adapter from '@sveltejs/adapter-node';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
  preprocess: vitePreprocess(),
  kit: {
    adapter: adapter(),
    // The shop loads nothing from other origins: images come through /media on this server.
    // The one exception is Stripe's Payment Element, which only loads (from Stripe's hosts, as
    // Stripe requires) on an order page when STRIPE_PUBLISHABLE_KEY is set.
    // Hashes, not nonces, for inline scripts: the page cache serves one rendered page to many
    // visitors, and a nonce repeated across responses would no longer be a secret.
    csp: {
      mode: 'hash',
      directives: {
        'default-src': ['self'],
        'script-src': ['self', 'https://js.stripe.com'],
        'frame-src': ['self', 'https://js.stripe.com', 'https://hooks.stripe.com'],
        'style-src': ['self', 'unsafe-inline'],
        'img-src': ['self', 'data:'],
        'font-src': ['self'],
        'connect-src': ['self', 'https://api.stripe.com'],
        'form-action': ['self'],
        'base-uri': ['self'],
        'object-src': ['none'],
        'frame-ancestors': ['none'],
      },
    },
  },
};

export default config;
