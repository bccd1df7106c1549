// Tracked links: /r/<partnerCode>[?product=<slug>][&src=link|widget|ring|content]. The click is
// recorded by the API (with the visitor's address and user agent, which the API client forwards),
// then a 302 to a path on this store — never elsewhere, whatever the query says. An unknown
// partner, a bot or a flood still gets the redirect, just no cookie; so does an API hiccup.
import { redirect } from '@sveltejs/kit';
import { safeLocalPath } from '@tandem/web-kit/safe-path';
import { keepReferral, sourceOf } from '$lib/server/referral';
import type { RequestHandler } from './$types';

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const GET: RequestHandler = async (event) => {
  const { params, url, locals, setHeaders } = event;
  const product = url.searchParams.get('product');
  let target = product && SLUG.test(product) ? `/p/${product}` : '/';
  try {
    const click = await locals.api.affiliate.recordClick.mutate({
      partnerCode: params.code.slice(0, 64),
      ...(product ? { productSlug: product.slice(0, 200) } : {}),
      source: sourceOf(url.searchParams.get('src')),
      referralToken: locals.auth.referralToken ?? null,
      // A widget click is also a behaviour event: the API keeps it as the visitor's choice allows.
      visitor: { ...(locals.visitor.id ? { id: locals.visitor.id } : {}), consent: locals.visitor.consent === true },
    });
    target = click.targetPath;
    keepReferral(event, locals.visitor, click);
  } catch (error) {
    console.warn('Could not record a tracked click:', error instanceof Error ? error.message : error);
  }
  setHeaders({ 'cache-control': 'no-store', 'referrer-policy': 'strict-origin-when-cross-origin' });
  redirect(302, safeLocalPath(target, '/'));
};
