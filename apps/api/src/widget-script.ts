// GET /widget.js (long cache, revalidated by ETag, so a new release reaches partners within a
// day) and GET /widget/v<version>.js (immutable: the bytes of one version never change).
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { BuiltWidget } from '@tandem/widget';
import { sendCacheable } from './http-cache.ts';

export function createWidgetScriptHandler(widget: () => Promise<BuiltWidget>) {
  return async (req: IncomingMessage, res: ServerResponse, pathname: string): Promise<void> => {
    const built = await widget();
    const versioned = pathname === `/widget/v${built.version}.js`;
    if (!versioned && pathname !== '/widget.js') {
      res.statusCode = 404;
      res.setHeader('Content-Type', 'text/plain; charset=utf-8');
      res.end('No such widget version');
      return;
    }
    res.setHeader('Cache-Control', versioned ? 'public, max-age=31536000, immutable' : 'public, max-age=86400, stale-while-revalidate=604800');
    // Any site may load the script itself; its data endpoint is what CORS guards.
    res.setHeader('Access-Control-Allow-Origin', '*');
    res.setHeader('Cross-Origin-Resource-Policy', 'cross-origin');
    sendCacheable(req, res, built.code, 'text/javascript; charset=utf-8', built.etag);
  };
}
