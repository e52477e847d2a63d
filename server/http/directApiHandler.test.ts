// The server's direct API handler answers exactly as the route files in app/api/ do (status, body,
// route headers) and adds the headers Next.js would (next.config's rules, the CSP with a fresh nonce,
// Vary), over a real HTTP server on the real dataset; what it does not take goes on to Next.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GET as trpcGet } from '@/app/api/trpc/[trpc]/route';
import { appTestDatabase } from '@/server/db/appTestDatabase';
import { handleRest } from '../rest/handleRest';
import { architectureRoute, architecturesRoute, predictRoute, rankCorrelationRoute, statsRoute } from '../rest/routes';
import type { RestRoute } from '../rest/restRoute';
import { directApiHandler, type HeaderRule } from './directApiHandler';

appTestDatabase();

// The rule next.config.mjs compiles to (.next/routes-manifest.json), shortened to two headers.
const RULES: HeaderRule[] = [
  {
    regex: '^(?:/((?:[^/]+?)(?:/(?:[^/]+?))*))?(?:/)?$',
    headers: [
      { key: 'X-Content-Type-Options', value: 'nosniff' },
      { key: 'X-Frame-Options', value: 'DENY' },
    ],
  },
  { regex: '^/somewhere-else$', headers: [{ key: 'X-Not-Here', value: '1' }] },
];
const B0 = '1311-6321-6521-6331-6531-6541-6311';

let server: Server;
let base = '';
/** Requests the handler left to Next. */
const passed: string[] = [];

beforeAll(async () => {
  const direct = directApiHandler({ headerRules: RULES });
  server = createServer((req, res) => {
    const handler = direct(req);
    if (handler) return void handler(req, res);
    passed.push(`${req.method} ${req.url}`);
    res.writeHead(299).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

/** The route file's answer to the same URL: what Next would send, before its own headers. */
async function routeAnswer(route: RestRoute, path: string, params?: Record<string, string>) {
  const res = await handleRest(route, new Request(`http://test${path}`), params);
  return { status: res.status, body: await res.text(), cacheControl: res.headers.get('cache-control') };
}

describe('directApiHandler', () => {
  it('answers REST GETs with the route handlers’ status and body, and Next’s headers', async () => {
    const cases: [RestRoute, string, Record<string, string>?][] = [
      [architecturesRoute, '/api/v1/architectures?limit=3&sort=throughput_a100&order=desc'],
      [architecturesRoute, '/api/v1/architectures?limit=0'],
      [architecturesRoute, '/api/v1/architectures?min_top1=60'],
      [predictRoute, `/api/v1/predict?arch=${B0}&arch=4510-6321-6521-6331-6531-6541-6311`],
      [predictRoute, '/api/v1/predict?arch=1311-9311-6521-6331-6531-6541-6311'],
      [predictRoute, '/api/v1/predict'],
      [statsRoute, '/api/v1/stats?x=1'],
      [architectureRoute, `/api/v1/architectures/${B0}`, { code: B0 }],
      // ANB's result_0.json, measured; EfficientNet-B0 above is not in the dataset.
      [architectureRoute, '/api/v1/architectures/6310-4520-6330-6530-6520-1320-1320', { code: '6310-4520-6330-6530-6520-1320-1320' }],
      // The static path wins over /api/v1/devices/{id}, as in Next's routing.
      [rankCorrelationRoute, '/api/v1/devices/rank-correlation'],
    ];
    const statuses: number[] = [];
    for (const [route, path, params] of cases) {
      const expected = await routeAnswer(route, path, params);
      const res = await fetch(`${base}${path}`, { headers: { 'accept-encoding': 'identity' } });
      const body = await res.text();
      expect({ path, status: res.status, body }).toEqual({ path, status: expected.status, body: expected.body });
      statuses.push(res.status);
      expect(res.headers.get('cache-control')).toBe(expected.cacheControl);
      expect(res.headers.get('content-type')).toBe('application/json');
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      expect(res.headers.get('x-frame-options')).toBe('DENY');
      expect(res.headers.get('x-not-here')).toBeNull();
      expect(res.headers.get('vary')).toBe(
        'rsc, next-router-state-tree, next-router-prefetch, next-router-segment-prefetch, Accept-Encoding',
      );
      expect(Number(res.headers.get('content-length'))).toBe(Buffer.byteLength(body));
      expect(res.headers.get('content-security-policy')).toMatch(
        /script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic' 'wasm-unsafe-eval';/,
      );
    }
    expect(statuses).toEqual([200, 400, 400, 200, 400, 400, 400, 404, 200, 200]);
    expect(passed).toEqual([]);
  });

  it('answers any query string as the route handler does, never with a 5xx', async () => {
    const key = fc.constantFrom('arch', 'limit', 'sort', 'order', 'cursor', 'e', 'k0', 'min_val_top1', 'metric', 'x', '');
    const value = fc.oneof(fc.string({ maxLength: 40 }), fc.constantFrom(B0, '-1', '1e309', '%', '&', '=', '\u0000', '🙂'));
    const query = fc
      .array(fc.tuple(key, value), { maxLength: 5 })
      .map((pairs) => pairs.map(([k, v]) => `${k}=${encodeURIComponent(v)}`).join('&'));
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(architecturesRoute, predictRoute, statsRoute), query, async (route, q) => {
        const path = `${route.path}?${q}`;
        const expected = await routeAnswer(route, path);
        const res = await fetch(`${base}${path}`);
        expect(res.status).toBeLessThan(500);
        expect({ status: res.status, body: await res.text() }).toEqual({ status: expected.status, body: expected.body });
      }),
      { numRuns: 150, seed: 20240408 },
    );
  });

  it('gives every response its own CSP nonce', async () => {
    const nonce = async () => (await fetch(`${base}/api/v1/stats`)).headers.get('content-security-policy')!.match(/nonce-([^']+)/)![1];
    expect(await nonce()).not.toBe(await nonce());
  });

  it('gzips bodies of 1 KiB and more for clients that accept it, never smaller ones', async () => {
    const big = await fetch(`${base}/api/v1/architectures?limit=5`, { headers: { 'accept-encoding': 'br, gzip' } });
    expect(big.headers.get('content-encoding')).toBe('gzip');
    // fetch decodes gzip itself: the length header is the compressed size, the text the JSON.
    const text = await big.text();
    expect((JSON.parse(text) as { items: unknown[] }).items).toHaveLength(5);
    expect(Number(big.headers.get('content-length'))).toBeLessThan(Buffer.byteLength(text) / 3);
    const small = await fetch(`${base}/api/v1/architectures?limit=0`, { headers: { 'accept-encoding': 'gzip' } });
    expect(small.headers.get('content-encoding')).toBeNull();
  });

  it('answers tRPC queries as the tRPC route does, Vary merged as Next merges it', async () => {
    for (const path of ['/api/trpc/architectures.stats', '/api/trpc/architectures.byCode?input=%7Bbad', '/api/trpc/nope.nothing']) {
      const expected = await trpcGet(new Request(`http://test${path}`));
      const res = await fetch(`${base}${path}`);
      expect({ path, status: res.status, body: await res.text() }).toEqual({ path, status: expected.status, body: await expected.text() });
      expect(res.headers.get('vary')).toBe(
        `rsc, next-router-state-tree, next-router-prefetch, next-router-segment-prefetch, ${expected.headers.get('vary')}, Accept-Encoding`,
      );
      expect(res.headers.get('x-frame-options')).toBe('DENY');
    }
  });

  it('leaves everything else to Next: other methods, prefetches, encoded or unknown paths', async () => {
    passed.length = 0;
    await fetch(`${base}/api/v1/stats`, { method: 'HEAD' });
    await fetch(`${base}/api/v1/searches`, { method: 'POST', body: '{}' });
    await fetch(`${base}/api/v1/stats`, { headers: { purpose: 'prefetch' } });
    await fetch(`${base}/api/v1/stats`, { headers: { 'next-router-prefetch': '1' } });
    for (const path of ['/api/v1/architectures/%00', '/api/v1/stats/', '/api/v1/nothing', '/api/trpc/a%2Fb', '/pareto', '/robots.txt'])
      await fetch(`${base}${path}`);
    expect(passed).toEqual([
      'HEAD /api/v1/stats',
      'POST /api/v1/searches',
      'GET /api/v1/stats',
      'GET /api/v1/stats',
      'GET /api/v1/architectures/%00',
      'GET /api/v1/stats/',
      'GET /api/v1/nothing',
      'GET /api/trpc/a%2Fb',
      'GET /pareto',
      'GET /robots.txt',
    ]);
  });

  it('refuses header rules with conditions it would not evaluate', () => {
    expect(() => directApiHandler({ headerRules: [{ regex: '^/$', headers: [], has: [{ type: 'header', key: 'x' }] }] })).toThrow(
      /has\/missing conditions \(\^\/\$\).*server\/http\/directApiHandler\.ts/,
    );
  });
});
