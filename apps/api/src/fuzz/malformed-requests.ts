// Test support for the API fuzzer: requests no tRPC client sends — malformed JSON, wrong content
// types, broken percent-encoding in paths and query strings, oversized and malformed headers,
// huge GET inputs, odd batches and methods — and request lines that are not HTTP at all.
import type { RawRequest } from './raw-requests.ts';

const JSON_TYPE = { 'Content-Type': 'application/json' };
const post = (path: string, body: string | Buffer, headers: Record<string, string> = JSON_TYPE): RawRequest => ({ method: 'POST', path, headers, body });

const MALFORMED_BODIES: (string | Buffer)[] = [
  '',
  '{',
  '{"email":',
  'nul',
  'NaN',
  '{"a": NaN}',
  '{"a": Infinity}',
  '[1,2',
  '"\\ud800"',
  '"\\u0000"',
  '1e99999',
  '\ufeff{"email":"a@b.c"}',
  '{"__proto__":{"polluted":true}}',
  '['.repeat(100_000) + ']'.repeat(100_000),
  '{"a":'.repeat(10_000) + '1' + '}'.repeat(10_000),
  '['.repeat(500_000),
  Buffer.from([0xff, 0xfe, 0x00, 0x7b, 0xc3, 0x28]),
];

const CONTENT_TYPES = ['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data', 'multipart/form-data; boundary=x', 'application/octet-stream', 'application/json; charset=utf-16', 'application/xml', ''];

const MALFORMED_PATHS = [
  '/trpc/%',
  '/trpc/%E0%A4%A',
  '/trpc/%ff',
  '/trpc/%00',
  '/trpc/catalog.list%00',
  '/trpc/%c0%ae%c0%ae/',
  '/trpc/..%2F..%2Fetc%2Fpasswd',
  '/trpc/',
  '/trpc/.',
  '/trpc/__proto__',
  '/trpc/constructor',
  '/trpc/toString',
  '/trpc/catalog',
  '/trpc/catalog.list.x',
  '/trpc/catalog.list?input=%',
  '/trpc/catalog.list?input=%7B',
  '/trpc/catalog.list?input=%ZZ',
  '/trpc/catalog.list?input=null',
  '/trpc/catalog.list?input[]=1&input[]=2',
  '/trpc/catalog.list,%?batch=1',
  '/trpc/,,,?batch=1',
  '/trpc/catalog.list,catalog.list?batch=1&input=%7B%220%22%3A%5B%5D%7D',
  '/trpc/catalog.list?batch=1&input=%5B%5D',
  '/trpc/catalog.list?batch=1&input=%7B%220%22%3A1%2C%22999%22%3A2%7D',
  '/trpc/catalog.list?batch=true',
  '/media/%',
  '/media/%00',
  '/media/..%2F..%2Fpackage.json',
  '/media/%E0%A4%A',
  '/sitemaps/%ff.xml',
  '/widget/v%.js',
  '/widget/crosslinks?url=%',
  '/ring/%',
  '/rings/%E0/next',
  '/%',
  '//',
  '/health?%',
  '/feeds/products.xml?%ZZ',
  `/trpc/catalog.list?input=${encodeURIComponent(JSON.stringify({ q: 'x'.repeat(100_000) }))}`,
  `/trpc/${'a'.repeat(20_000)}`,
];

const ODD_HEADERS: Record<string, string | string[]>[] = [
  { Cookie: 'a='.padEnd(20_000, 'b') },
  { Authorization: `Bearer ${'x'.repeat(15_000)}` },
  { Authorization: 'Bearer tpk_'.padEnd(5_000, 'z') },
  { 'X-Partner-Key': 'tpk_\u00ff\u00fe' },
  { 'X-Cart-Token': 'x'.repeat(10_000) },
  { 'X-Request-Id': 'a'.repeat(1_000) },
  { 'X-Forwarded-For': '::ffff:127.0.0.1, not an address' },
  { 'Content-Length': '-1' },
  { 'Accept-Encoding': 'gzip;q=NaN' },
  Object.fromEntries(Array.from({ length: 500 }, (_, i) => [`X-Many-${i}`, 'y'])),
];

/** Bytes that are not (quite) HTTP, written on a bare connection. */
export const MALFORMED_BYTES: readonly string[] = [
  'GET /trpc/% HTTP/1.1\r\nHost: x\r\n\r\n',
  'GET /trpc/catalog.list HTTP/9.9\r\nHost: x\r\n\r\n',
  'BREW /trpc/catalog.list HTTP/1.1\r\nHost: x\r\n\r\n',
  'GET /tr pc/ HTTP/1.1\r\nHost: x\r\n\r\n',
  'GET /health HTTP/1.1\r\nHost: x\r\nBad Header\r\n\r\n',
  'POST /trpc/auth.signIn HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n',
  'POST /trpc/auth.signIn HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n',
  'GET http://[::1 HTTP/1.1\r\nHost: x\r\n\r\n',
  'GET * HTTP/1.1\r\nHost: x\r\n\r\n',
  '\u0000\u0001\u0002\r\n\r\n',
];

const requests: [string, RawRequest][] = [
  ...MALFORMED_BODIES.map((body, i): [string, RawRequest] => [`malformed body #${i}`, post('/trpc/auth.signIn', body)]),
  ...MALFORMED_BODIES.map((body, i): [string, RawRequest] => [`malformed batch body #${i}`, post('/trpc/auth.signIn,auth.signUp?batch=1', body)]),
  ...CONTENT_TYPES.map((type): [string, RawRequest] => [`content type ${type || '(none)'}`, post('/trpc/support.ask', '{"email":"a@b.c"}', type ? { 'Content-Type': type } : {})]),
  ...CONTENT_TYPES.map((type): [string, RawRequest] => [`form upload as ${type || '(none)'}`, post('/trpc/adminCatalog.images.upload', '--x\r\nContent-Disposition: form-data; name="a"\r\n\r\nb\r\n--x--\r\n', type ? { 'Content-Type': type } : {})]),
  ...MALFORMED_PATHS.map((path): [string, RawRequest] => [`GET ${path.slice(0, 80)}`, { path }]),
  ...MALFORMED_PATHS.map((path): [string, RawRequest] => [`POST ${path.slice(0, 80)}`, post(path, '{}')]),
  ...ODD_HEADERS.map((headers, i): [string, RawRequest] => [`odd headers #${i}`, { path: '/trpc/auth.me', headers }]),
  ...['PUT', 'DELETE', 'PATCH', 'OPTIONS', 'HEAD', 'TRACE'].map((method): [string, RawRequest] => [`${method} on tRPC`, { method, path: '/trpc/catalog.list' }]),
  ['a query sent as POST', post('/trpc/catalog.list', '{}')],
  ['a mutation sent as GET', { path: '/trpc/auth.signIn?input=%7B%7D' }],
  ['a batch of 11', post(`/trpc/${Array.from({ length: 11 }, () => 'catalog.list').join(',')}?batch=1`, '{}')],
  ['a batch body that is a list', post('/trpc/auth.signIn,auth.signIn?batch=1', '[{},{}]')],
  ['a batch body with a missing entry', post('/trpc/auth.signIn,auth.signIn?batch=1', '{"1":{}}')],
  ['a batch mixing queries and mutations', post('/trpc/catalog.list,auth.signIn?batch=1', '{"0":{},"1":{}}')],
  ['an upload without a staff session', post('/trpc/adminCatalog.images.upload', JSON.stringify({ data: 'a'.repeat(2_000_000) }), { ...JSON_TYPE, Authorization: 'Bearer not-a-session' })],
];

// Routes that serve files and pages to browsers in their own formats (see problemsOf).
const BROWSER_ROUTES = /^\/(media|sitemaps|feeds|widget|rings?)\//;

/** Each malformed request, with what it is and whether its error must be API JSON (not for a browser route's GET). */
export const MALFORMED_REQUESTS: readonly { what: string; request: RawRequest; apiErrors: boolean }[] = requests.map(([what, request]) => ({
  what,
  request,
  apiErrors: !BROWSER_ROUTES.test(request.path) || request.method === 'POST',
}));
