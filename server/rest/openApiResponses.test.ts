// Real responses of every REST operation (success and error, on the imported dataset and the trained
// surrogate) validate against the schema the OpenAPI document declares for their status — so the
// document describes what the server sends, error bodies included. A route added without a case here
// fails the coverage test.
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { beforeAll, describe, expect, it } from 'vitest';
import { formatArchitectureCode } from '@/core/space/architectureCode';
import { EFFICIENTNET_B0 } from '@/core/space/searchSpace';
import { appTestDatabase } from '@/server/db/appTestDatabase';
import { syntheticProfile } from '@/core/profile/syntheticProfile';
import { createDeviceRoute, deleteDeviceRoute } from './deviceRoutes';
import { handleDelete, handleRest, handleWrite } from './handleRest';
import { openApiDocument } from './openApiDocument';
import { DELETE_ROUTES, REST_ROUTES, WRITE_ROUTES } from './routes';
import type { RestRoute } from './restRoute';
import { createSearchRoute } from './searchRoutes';

appTestDatabase();

const doc = openApiDocument(REST_ROUTES, undefined, WRITE_ROUTES, DELETE_ROUTES);
const ajv = new Ajv2020({ allErrors: true, strict: false });
addFormats(ajv);

type Operation = { responses: Record<string, { content?: { 'application/json': { schema: object } } }> };

/** Validates a response against the document's schema for its path, method and status. */
async function expectDeclared(path: string, method: 'get' | 'post' | 'delete', res: Response, status: number): Promise<unknown> {
  expect(res.status).toBe(status);
  const operation = (doc.paths[path] as Record<string, Operation>)[method];
  const declared = operation.responses[String(status)];
  expect(declared, `${method.toUpperCase()} ${path} answers ${status}, which the document does not declare`).toBeDefined();
  const body: unknown = await res.json();
  const validate = ajv.compile(declared.content!['application/json'].schema);
  const ok = validate(body);
  expect(ok ? [] : validate.errors!.slice(0, 5).map((e) => `${e.instancePath} ${e.message}`)).toEqual([]);
  return body;
}

/** POST /api/v1/searches from its own client address (the write route's rate limit is per client). */
const postSearch = (body: unknown, ip: string) =>
  handleWrite(
    createSearchRoute,
    new Request('http://test/api/v1/searches', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-for': ip },
      body: JSON.stringify(body),
    }),
  );

/** POST /api/v1/devices from its own client address. */
const postDevice = (body: unknown, ip: string) =>
  handleWrite(
    createDeviceRoute,
    new Request('http://test/api/v1/devices', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-for': ip },
      body: JSON.stringify(body),
    }),
  );

const B0 = formatArchitectureCode(EFFICIENTNET_B0);
let measuredCode = '';
let searchId = 0;
let deviceId = '';
let deleteToken = '';

interface Case {
  query?: string;
  params?: Record<string, string>;
  status: number;
}

/** Per operation: requests with the status each must get. `() =>` because some need ids found at run time. */
const CASES: Record<string, () => Case[]> = {
  listArchitectures: () => [
    { query: '?limit=3&se=0&min_val_top1=60&sort=latency_zcu102&order=asc', status: 200 },
    { query: '?limit=abc', status: 400 },
    { query: '?min_top1=60', status: 400 },
  ],
  getArchitecture: () => [
    { params: { code: measuredCode }, status: 200 },
    { params: { code: '9999-1111' }, status: 400 },
    { params: { code: B0 }, status: 404 },
  ],
  getStats: () => [{ status: 200 }, { query: '?x=1', status: 400 }],
  listDevices: () => [{ status: 200 }, { query: '?device=a100', status: 400 }],
  getDeviceRankCorrelation: () => [{ status: 200 }, { query: '?metric=a', status: 400 }],
  getMeasuredParetoFront: () => [
    { query: '?metric=latency_vck190&accuracy=val_top5', status: 200 },
    { query: '?metric=throughput_gpu', status: 400 },
  ],
  getProxyFidelity: () => [{ status: 200 }, { query: '?seed=1', status: 400 }],
  predict: () => [
    { query: `?arch=${B0}&arch=4511-4511-4511-4511-4511-4541-4511`, status: 200 },
    { query: '', status: 400 },
    { query: '?arch=123', status: 400 },
  ],
  listSearches: () => [
    { query: '?metric=throughput_a100&limit=5', status: 200 },
    { query: '?limit=0', status: 400 },
  ],
  getDeviceProfile: () => [
    { params: { id: deviceId }, status: 200 },
    { params: { id: 'a100' }, status: 400 },
    { params: { id: 'u000000000000' }, status: 404 },
  ],
  getSearch: () => [
    { params: { id: String(searchId) }, status: 200 },
    { params: { id: 'abc' }, status: 400 },
    { params: { id: '2147483000' }, status: 404 },
  ],
};

describe('REST responses match the OpenAPI document', () => {
  beforeAll(async () => {
    const list = (await (await handleRest(REST_ROUTES[0], new Request('http://test/api/v1/architectures?limit=1'))).json()) as {
      items: { code: string }[];
    };
    measuredCode = list.items[0].code;
    const created = await postSearch(
      { name: 'openapi check', optimizer: 'rs', metric: 'throughput_a100', budget: 30, seed: 1 },
      '10.9.9.9',
    );
    searchId = ((await expectDeclared('/api/v1/searches', 'post', created, 201)) as { id: number }).id;
    const device = (await expectDeclared(
      '/api/v1/devices',
      'post',
      await postDevice({ origin: 'cli', profile: syntheticProfile({ name: 'openapi check' }) }, '10.9.9.11'),
      201,
    )) as { device: { id: string }; deleteToken: string };
    deviceId = device.device.id;
    deleteToken = device.deleteToken;
  });

  it('has a case for every GET operation in the document', () => {
    const operations = Object.values(doc.paths).flatMap((p) =>
      (p as { get?: { operationId: string } }).get ? [(p as { get: { operationId: string } }).get.operationId] : [],
    );
    expect(operations.sort()).toEqual(Object.keys(CASES).sort());
  });

  for (const route of REST_ROUTES as RestRoute[]) {
    it(`GET ${route.path}: every case answers its status with a declared body`, async () => {
      for (const c of CASES[route.operationId]()) {
        const url = `http://test${route.path}${c.query ?? ''}`;
        await expectDeclared(route.path, 'get', await handleRest(route, new Request(url), c.params ?? {}), c.status);
      }
    });
  }

  it('POST /api/v1/devices: the same profile again is 200 without a token; a bad one 400 naming the field', async () => {
    const again = await postDevice({ origin: 'cli', profile: syntheticProfile({ name: 'openapi check' }) }, '10.9.9.12');
    expect(((await expectDeclared('/api/v1/devices', 'post', again, 200)) as { deleteToken: unknown }).deleteToken).toBeNull();
    const bad = await postDevice({ origin: 'cli', profile: { ...syntheticProfile(), seconds: -1 } }, '10.9.9.12');
    const body = (await expectDeclared('/api/v1/devices', 'post', bad, 400)) as { error: { issues: { path: string }[] } };
    expect(body.error.issues.map((i) => i.path)).toEqual(['profile.seconds']);
  });

  it('DELETE /api/v1/devices/{id}: wrong token 403, no token 400, right token 200, then 404', async () => {
    const del = (token: string | null) =>
      handleDelete(
        deleteDeviceRoute,
        new Request(`http://test/api/v1/devices/${deviceId}`, {
          method: 'DELETE',
          headers: { 'x-forwarded-for': '10.9.9.13', ...(token === null ? {} : { 'x-delete-token': token }) },
        }),
        { id: deviceId },
      );
    await expectDeclared('/api/v1/devices/{id}', 'delete', await del('x'.repeat(32)), 403);
    await expectDeclared('/api/v1/devices/{id}', 'delete', await del(null), 400);
    await expectDeclared('/api/v1/devices/{id}', 'delete', await del(deleteToken), 200);
    await expectDeclared('/api/v1/devices/{id}', 'delete', await del(deleteToken), 404);
  });

  it('POST /api/v1/searches: an invalid body answers 400 with a declared error body', async () => {
    const res = await postSearch({ name: 'x', optimizer: 'nope', metric: 'throughput_a100', budget: 30, seed: 1 }, '10.9.9.10');
    await expectDeclared('/api/v1/searches', 'post', res, 400);
  });
});
