// The REST API through its route handlers (real database: the dataset imported into in-memory PGlite,
// or a scratch database on the ANB_TEST_DATABASE_URL Postgres server), and the OpenAPI document
// validated against the OpenAPI 3 schema.
import { describe, expect, it } from 'vitest';
import { Validator } from '@seriousme/openapi-schema-validator';
import { appTestDatabase } from '@/server/db/appTestDatabase';
import { handleRest } from './handleRest';
import { openApiDocument } from './openApiDocument';
import {
  architectureRoute,
  architecturesRoute,
  devicesRoute,
  paretoRoute,
  predictRoute,
  proxyFidelityRoute,
  DELETE_ROUTES,
  REST_ROUTES,
  WRITE_ROUTES,
} from './routes';
import type { RestRoute } from './restRoute';

appTestDatabase();

async function call(route: RestRoute, query = '', params: Record<string, string> = {}) {
  const res = await handleRest(route, new Request(`http://test${route.path}${query}`), params);
  return { status: res.status, body: (await res.json()) as Record<string, unknown> & { error?: { message: string } } };
}

describe('GET /api/v1/architectures', () => {
  it('reports total 5138 for limit=5', async () => {
    const r = await call(architecturesRoute, '?limit=5');
    expect(r.status).toBe(200);
    expect(r.body.total).toBe(5138);
    expect((r.body.items as unknown[]).length).toBe(5);
  });

  it('filters with flat URL parameters', async () => {
    const r = await call(architecturesRoute, '?se=0&k5=3,5&min_val_top1=60&sort=latency_zcu102&order=asc&limit=3');
    expect(r.status).toBe(200);
    const items = r.body.items as { code: string; valTop1: number }[];
    for (const i of items) {
      expect(i.valTop1).toBeGreaterThanOrEqual(60);
      expect(i.code.split('-').every((g) => g[3] === '0')).toBe(true);
    }
  });

  it.each([
    ['?limit=0', /limit is 0; allowed: an integer from 1 to 500/],
    ['?limit=abc', /limit is "abc"; expected a number/],
    ['?e=9', /e contains "9"; allowed values: 1, 4, 6/],
    ['?l3=4', /l3 contains "4"; allowed values: 1, 2, 3/],
    ['?sort=speed', /sort/],
    ['?min_val_top1=70&max_val_top1=60', /greater than max_val_top1/],
    ['?colour=red', /Unknown query parameter "colour"/],
    ['?cursor=xyz', /cursor/],
  ])('answers 400 for %s', async (query, message) => {
    const r = await call(architecturesRoute, query);
    expect(r.status).toBe(400);
    expect(r.body.error?.message).toMatch(message);
  });
});

describe('GET /api/v1/architectures/{code}', () => {
  it('returns both records of a repeated architecture', async () => {
    const first = await call(architecturesRoute, '?limit=1');
    const code = (first.body.items as { code: string }[])[0].code;
    const r = await call(architectureRoute, '', { code });
    expect(r.status).toBe(200);
    expect((r.body.records as { resultId: number }[]).map((x) => x.resultId)).toEqual([0, 443]);
  });

  it('answers 400 naming block 1 expansion', async () => {
    const r = await call(architectureRoute, '', { code: '1311-9311-6521-6331-6531-6541-6311' });
    expect(r.status).toBe(400);
    expect(r.body.error?.message).toMatch(/Block 1 expansion is 9; allowed: 1, 4, 6/);
  });

  it('answers 404 for a valid but unmeasured code', async () => {
    const r = await call(architectureRoute, '', { code: '1311-1311-1311-1311-1311-1311-1311' });
    expect(r.status).toBe(404);
  });
});

describe('other routes', () => {
  it('lists 6 devices', async () => {
    const r = await call(devicesRoute);
    expect((r.body.devices as unknown[]).length).toBe(6);
  });

  it('validates pareto parameters', async () => {
    expect((await call(paretoRoute, '?metric=throughput_a100')).status).toBe(200);
    const bad = await call(paretoRoute, '?metric=throughput_gtx');
    expect(bad.status).toBe(400);
    expect(bad.body.error?.message).toMatch(/metric.*throughput_a100/);
    expect((await call(paretoRoute)).status).toBe(400);
  });

  it('serves proxy fidelity', async () => {
    const r = await call(proxyFidelityRoute);
    expect(r.status).toBe(200);
    expect(r.body.seeds).toEqual([1, 2, 3]);
  });
});

describe('GET /api/v1/predict', () => {
  const code = '1311-6321-6521-6331-6531-6541-6311';
  const archs = (n: number) => '?' + Array.from({ length: n }, () => `arch=${code}`).join('&');

  it('answers 400 for 101 codes, naming the count, the limit of 100 and the batches to split them into', async () => {
    const r = await call(predictRoute, archs(101));
    expect(r.status).toBe(400);
    expect(r.body.error?.message).toBe(
      'arch: 101 codes given; at most 100 per request: split them into batches of ≤ 100, one request each',
    );
  });

  it('answers 400 naming the missing arch parameter', async () => {
    const r = await call(predictRoute);
    expect(r.status).toBe(400);
    expect(r.body.error?.message).toMatch(/^arch: missing; give an architecture code, e\.g\. arch=1311-/);
  });
});

describe('OpenAPI document', () => {
  it('is valid OpenAPI 3 and lists every route', async () => {
    const doc = openApiDocument(REST_ROUTES, undefined, WRITE_ROUTES, DELETE_ROUTES);
    const validator = new Validator();
    const result = await validator.validate(doc as unknown as Parameters<Validator['validate']>[0]);
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining(['/api/v1/architectures', '/api/v1/architectures/{code}', '/api/v1/devices', '/api/v1/proxy-fidelity']),
    );
    const searches = doc.paths['/api/v1/searches'] as Record<
      string,
      { operationId: string; responses: Record<string, unknown>; requestBody?: unknown }
    >;
    expect(searches.get.operationId).toBe('listSearches');
    expect(searches.post.operationId).toBe('createSearch');
    expect(Object.keys(searches.post.responses)).toEqual(['200', '201', '400', '413', '429', '503']);
    expect(JSON.stringify(searches.post.requestBody)).toMatch(/"required":\["name","optimizer","metric","budget","seed"\]/);
  });
});
