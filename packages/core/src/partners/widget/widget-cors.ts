// Which page may read the widget's data: only pages on an approved partner's allowed origins.

/** The partner as the CORS decision needs it. */
export interface WidgetPartnerAccess {
  status: string;
  allowedOrigins: readonly string[];
}

function normalise(origin: string): string | null {
  try {
    const url = new URL(origin);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.origin : null;
  } catch {
    return null;
  }
}

/** The value for `Access-Control-Allow-Origin`, or null when the request's origin gets none. */
export function widgetCorsOrigin(partner: WidgetPartnerAccess | null, requestOrigin: string | null | undefined): string | null {
  if (!partner || partner.status !== 'APPROVED' || !requestOrigin) return null;
  const origin = normalise(requestOrigin);
  if (origin === null || origin !== requestOrigin) return null;
  return partner.allowedOrigins.some((allowed) => normalise(allowed) === origin) ? origin : null;
}
