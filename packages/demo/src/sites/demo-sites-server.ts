// Serves the demo partner sites, each on its own port (its own origin, as a real partner's site
// would be: the widget's CORS and the ring's "never the current site" both go by origin).
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { demoSitePage, type DemoSitePageOptions } from './demo-site-pages.ts';
import { DEMO_SITES, siteAddress, type DemoSiteAddress } from './demo-sites.ts';

export interface DemoSitesServerOptions extends DemoSitePageOptions {
  host: string;
  /** The first site's port, the next site on the port after; 0 lets the system pick each (tests). */
  firstPort: number;
}

export interface RunningDemoSites {
  sites: DemoSiteAddress[];
  stop(): Promise<void>;
}

function listen(server: http.Server, host: string, port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve((server.address() as AddressInfo).port));
  });
}

/** Starts one server per demo site; rejects (after closing those started) when a port is taken. */
export async function startDemoSites(options: DemoSitesServerOptions): Promise<RunningDemoSites> {
  const servers: http.Server[] = [];
  const sites: DemoSiteAddress[] = [];
  const stop = () => Promise.all(servers.map((s) => new Promise<void>((done) => (s.closeAllConnections(), s.close(() => done()))))).then(() => undefined);
  try {
    for (const [i, site] of DEMO_SITES.entries()) {
      const server = http.createServer((req, res) => {
        const html = req.method === 'GET' || req.method === 'HEAD' ? demoSitePage(site, new URL(req.url ?? '/', 'http://site').pathname, options) : null;
        res.statusCode = html ? 200 : 404;
        res.setHeader('Content-Type', 'text/html; charset=utf-8');
        res.setHeader('Cache-Control', 'no-store');
        res.end(html ?? '<!doctype html><title>Not found</title><p>Not found.</p>');
      });
      servers.push(server);
      const port = await listen(server, options.host, options.firstPort === 0 ? 0 : options.firstPort + i);
      sites.push(siteAddress(site.partnerCode, `http://${options.host}:${port}`));
    }
  } catch (error) {
    await stop();
    throw error;
  }
  return { sites, stop };
}
