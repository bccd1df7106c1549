// The demo partners' own websites, as the start command serves them on local ports: which
// partner each site belongs to, its pages, and the web ring they form with the store. One list,
// read by the site server (what is served), the ring seed (what the ring points at) and the
// start command (what it prints), so the three cannot disagree about ports.

/** The store's demo web ring: run by the store, its members the demo partner sites. */
export const DEMO_RING = {
  slug: 'bike-sites',
  name: 'Bike sites ring',
  description: 'Independent cycling sites linked in a circle: follow the ring bar on each page to the next one. Run by the store.',
} as const;

/** One demo partner site: a partner's home page carrying the ring bar and the store's widget. */
export interface DemoSite {
  /** The demo partner whose site it is (DEMO_PARTNERS). */
  partnerCode: string;
  title: string;
  intro: string;
  /** What the page is about: the widget's `context`, matched against the catalog by search. */
  widgetContext: string;
  /** Further pages of the site (path → heading and text), e.g. what the partner's shared items link to. */
  pages: Record<string, { heading: string; text: string }>;
}

export const DEMO_SITES: readonly DemoSite[] = [
  {
    partnerCode: 'maillot-corner',
    title: 'Maillot Corner',
    intro: 'A small shop for club jerseys. Below, bikes and kit from the store we ride with, picked by what this page is about.',
    widgetContext: 'road jersey',
    pages: {
      '/club-jersey': { heading: 'Maillot club jersey', text: 'Breathable race-fit jersey in club colours. (A demo page: Maillot Corner is a made-up partner.)' },
      '/rain-cape': { heading: 'Maillot packable rain cape', text: 'A 90 g rain cape that fits a jersey pocket. (A demo page: Maillot Corner is a made-up partner.)' },
    },
  },
  {
    partnerCode: 'chain-stay-blog',
    title: 'Chain Stay Blog',
    intro: 'Road and gravel reviews. This week: what we rode on the long autumn loops, and where to buy it.',
    widgetContext: 'road bikes',
    pages: {},
  },
];

/** Where a demo site is served: its origin and the page that carries the ring bar. */
export interface DemoSiteAddress {
  partnerCode: string;
  origin: string;
  pageUrl: string;
}

/**
 * The sites' addresses when served from `host`, the first on `firstPort` and each next one on
 * the port after (DEMO_SITES order).
 *
 * @example demoSiteAddresses('127.0.0.1', 5173) // maillot-corner on :5173, chain-stay-blog on :5174
 */
export function demoSiteAddresses(host: string, firstPort: number): DemoSiteAddress[] {
  return DEMO_SITES.map((site, i) => siteAddress(site.partnerCode, `http://${host}:${firstPort + i}`));
}

export function siteAddress(partnerCode: string, origin: string): DemoSiteAddress {
  return { partnerCode, origin, pageUrl: `${origin}/` };
}
