// The REST surface's three routes: the OpenAPI document (GET /openapi.json), its readable page
// (GET /docs) and the operations themselves (/rest/v1/...). The document is built once, at
// start-up, so a procedure that cannot be published stops the server instead of a request.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createOpenApiDocument, restRoutes, type ApiServices } from '@tandem/api';
import { DOCS_PAGE_CSP, renderDocsPage } from './docs-page.ts';
import { createRestHandler } from './rest-handler.ts';

export interface OpenApiRoutesOptions {
  services: ApiServices;
  /** The API's public address (API_PUBLIC_URL); '/' (this host) when unset. */
  serverUrl: string;
  trustProxy: boolean;
  exposeErrorDetails: boolean;
}

/** The route for `url`, or null when it is not one of the REST surface's. */
export type OpenApiRoutes = (req: IncomingMessage, res: ServerResponse, url: URL) => (() => Promise<void>) | null;

export function createOpenApiRoutes({ services, serverUrl, trustProxy, exposeErrorDetails }: OpenApiRoutesOptions): OpenApiRoutes {
  const document = createOpenApiDocument({ serverUrl });
  const documentJson = JSON.stringify(document);
  const page = renderDocsPage(document);
  const rest = createRestHandler({ services, routes: restRoutes(document), trustProxy, exposeErrorDetails });
  return (req, res, url) => {
    if (url.pathname.startsWith('/rest/')) return () => rest(req, res, url);
    const readOnly = req.method === 'GET' || req.method === 'HEAD';
    if (readOnly && url.pathname === '/openapi.json') return async () => send(res, 'application/json', documentJson);
    if (readOnly && url.pathname === '/docs') {
      return async () => {
        res.setHeader('Content-Security-Policy', DOCS_PAGE_CSP);
        res.setHeader('Referrer-Policy', 'no-referrer');
        send(res, 'text/html; charset=utf-8', page);
      };
    }
    return null;
  };
}

function send(res: ServerResponse, contentType: string, body: string): void {
  res.statusCode = 200;
  res.setHeader('Content-Type', contentType);
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('Cache-Control', 'public, max-age=300');
  res.end(res.req.method === 'HEAD' ? undefined : body);
}
