// GET /widget/crosslinks?partner=CODE&context=…&limit=… — the widget's products as JSON.
// CORS only for an approved partner's allowed origins (`Vary: Origin` always), cacheable by
// browsers and CDNs, one impression counted per served response (200 or 304).
import type { IncomingMessage, ServerResponse } from 'node:http';
import { crosslinksFor, findWidgetPartner, recordWidgetImpression, widgetCorsOrigin, type CrosslinksDeps } from '@tandem/core/partners';
import { TtlCache } from '@tandem/core/shared';
import { WidgetCrosslinksQuery } from '@tandem/validators';
import { sendCacheable } from './http-cache.ts';

export interface WidgetCrosslinksOptions extends CrosslinksDeps {
  /** How long browsers and CDNs may reuse a response, in seconds. */
  maxAgeSeconds?: number;
  /** How long the API reuses a computed body, in ms (0 = compute every time). */
  cacheTtlMs?: number;
  now?: () => Date;
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.statusCode = status;
  res.setHeader('Content-Type', 'application/json');
  res.setHeader('Cache-Control', 'no-store');
  res.end(JSON.stringify(body));
}

export function createWidgetCrosslinksHandler(options: WidgetCrosslinksOptions) {
  const bodies = new TtlCache<string>(options.cacheTtlMs ?? 30_000, 2_000);
  const maxAge = options.maxAgeSeconds ?? 300;
  const now = options.now ?? (() => new Date());
  return async (req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> => {
    res.setHeader('Vary', 'Origin');
    const parsed = WidgetCrosslinksQuery.safeParse(Object.fromEntries(url.searchParams));
    if (!parsed.success) return sendJson(res, 400, { error: 'Invalid query', fields: parsed.error.issues.map((i) => i.path.join('.')) });
    const partner = await findWidgetPartner(options.prisma, parsed.data.partner);
    if (!partner || partner.status !== 'APPROVED') return sendJson(res, 404, { error: 'Unknown partner' });
    const allowOrigin = widgetCorsOrigin(partner, req.headers.origin);
    if (allowOrigin) res.setHeader('Access-Control-Allow-Origin', allowOrigin);
    const { context, limit } = parsed.data;
    const key = JSON.stringify([partner.code, context ?? '', limit]);
    const body = await bodies.getOrCompute(key, async () => JSON.stringify(await crosslinksFor(options, partner, { context, limit })));
    res.setHeader('Cache-Control', `public, max-age=${maxAge}, stale-while-revalidate=${maxAge * 4}`);
    res.setHeader('Cross-Origin-Resource-Policy', 'cross-origin');
    await recordWidgetImpression(options.prisma, partner.id, now());
    sendCacheable(req, res, body, 'application/json; charset=utf-8');
  };
}
