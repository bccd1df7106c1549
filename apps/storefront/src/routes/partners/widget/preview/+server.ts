// The live preview: a tiny page, framed by the widget page, that runs the real widget from this
// origin with the partner's code. Only the signed-in partner's own code is used.
import { error } from '@sveltejs/kit';
import { describeApiError } from '@tandem/web-kit/api-error';
import type { RequestHandler } from './$types';

const escape = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export const GET: RequestHandler = async ({ locals, url }) => {
  if (!locals.customer) error(401, 'Sign in to see the preview.');
  const context = url.searchParams.get('context')?.trim().slice(0, 100) ?? '';
  const limit = Math.min(12, Math.max(1, Number.parseInt(url.searchParams.get('limit') ?? '4', 10) || 4));
  const snippet = await locals.api.partnerWidget.snippet.query({}).catch((cause: unknown) => error(describeApiError(cause).status, describeApiError(cause).message));
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Widget preview</title>
<style>body{margin:0;padding:12px;font:15px system-ui,sans-serif}</style></head><body>
<script src="/widget.js" data-partner="${escape(snippet.partnerCode)}" data-context="${escape(context)}" data-limit="${limit}" async></script>
</body></html>`;
  return new Response(html, {
    headers: {
      'Content-Type': 'text/html; charset=utf-8',
      'Cache-Control': 'no-store',
      'Content-Security-Policy': "default-src 'none'; script-src 'self'; connect-src 'self'; img-src 'self' data:; style-src 'unsafe-inline'; frame-ancestors 'self'",
      'X-Content-Type-Options': 'nosniff',
    },
  });
};
