// POST /api/v1/searches and tRPC searches.create on the real dataset and the real surrogate: the
// server runs the search itself and stores it; the limits answer with a clear 413, 429 (Retry-After)
// or 400 naming the field. Token buckets are checked with an injected clock.
import { describe, expect, it } from 'vitest';
import { appTestDatabase } from '@/server/db/appTestDatabase';
import { getDb } from '@/server/db/getDb';
import { createCaller } from '@/server/trpc/appRouter';
import { POST as trpcPost } from '@/app/api/trpc/[trpc]/route';
import { MAX_BODY_BYTES } from '../http/bodyLimit';
import { createRateLimiter, TokenBuckets } from '../http/rateLimit';
import { handleRest, handleWrite } from './handleRest';
import { createSearchRoute, searchRoute } from './searchRoutes';

appTestDatabase();

let client = 0;
/** A POST from its own client address unless one is given. */
async function post(body: unknown, opts: { raw?: string; type?: string; ip?: string; headers?: Record<string, string> } = {}) {
  const req = new Request('http://test/api/v1/searches', {
    method: 'POST',
    headers: { 'content-type': opts.type ?? 'application/json', 'x-forwarded-for': opts.ip ?? `10.0.0.${++client}`, ...opts.headers },
    body: opts.raw ?? JSON.stringify(body),
  });
  const res = await handleWrite(createSearchRoute, req);
  return {
    status: res.status,
    headers: res.headers,
    body: (await res.json()) as Record<string, unknown> & { error?: { code: string; message: string } },
  };
}

const valid = { name: 'a100 <b>winner</b> & "co"', optimizer: 're' as const, metric: 'throughput_a100' as const, budget: 60, seed: 3 };

describe('POST /api/v1/searches', () => {
  it('runs the search on the server, stores it (201) and returns the stored run for the same request (200)', async () => {
    const first = await post(valid);
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({
      name: valid.name,
      optimizer: 're',
      metric: 'throughput_a100',
      accuracy: 'val_top1',
      budget: 60,
      seed: 3,
    });
    expect((first.body.front as unknown[]).length).toBeGreaterThan(0);
    expect(first.body.bestCode).toMatch(/^[0-9]{4}(-[0-9]{4}){6}$/);
    const again = await post(valid);
    expect(again.status).toBe(200);
    expect(again.body).toEqual(first.body);
    const stored = await handleRest(searchRoute, new Request(`http://test/api/v1/searches/${first.body.id as number}`), {
      id: String(first.body.id),
    });
    expect(await stored.json()).toEqual(first.body);
  });

  it('answers a body over 16 KiB with 413, declared or streamed', async () => {
    const big = { ...valid, name: 'x'.repeat(MAX_BODY_BYTES) };
    const declared = await post(big, { headers: { 'content-length': String(MAX_BODY_BYTES + 100) } });
    expect(declared.status).toBe(413);
    expect(declared.body.error?.message).toMatch(/Request body is \d+ bytes \(Content-Length\); the limit is 16384 bytes \(16 KiB\)/);
    const streamed = await handleWrite(
      createSearchRoute,
      new Request('http://test/api/v1/searches', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: new ReadableStream({
          start(c) {
            for (let i = 0; i < 40; i++) c.enqueue(new TextEncoder().encode('x'.repeat(1024)));
            c.close();
          },
        }),
        duplex: 'half',
      } as RequestInit),
    );
    expect(streamed.status).toBe(413);
    expect(((await streamed.json()) as { error: { code: string; message: string } }).error).toMatchObject({
      code: 'payload_too_large',
      message: expect.stringMatching(/over 16384 bytes/),
    });
  });

  it('answers invalid bodies with 400 naming the field and what is allowed', async () => {
    const cases: [unknown, RegExp][] = [
      [{ ...valid, optimizer: 'gradient' }, /optimizer/],
      [{ ...valid, budget: 100000 }, /budget/],
      [{ ...valid, budget: 1.5 }, /budget/],
      [{ ...valid, metric: 'throughput_h100' }, /metric/],
      [{ ...valid, name: '   ' }, /name is empty/],
      [{ ...valid, name: 'a\nb' }, /name contains control or invisible formatting characters/],
      [{ ...valid, name: 'abc\u202edef' }, /name contains control/],
      [{ ...valid, name: 'n'.repeat(81) }, /longer than 80 characters/],
      [{ ...valid, extra: 1 }, /extra/],
      [{ name: 'x' }, /optimizer/],
      [[1, 2], /object/i],
    ];
    for (const [body, message] of cases) {
      const r = await post(body);
      expect(r.status, JSON.stringify(body)).toBe(400);
      expect(r.body.error?.message, JSON.stringify(body)).toMatch(message);
    }
    const notJson = await post(null, { raw: '{"name": ' });
    expect(notJson.status).toBe(400);
    expect(notJson.body.error?.message).toMatch(/not valid JSON/);
    const wrongType = await post(valid, { type: 'text/plain' });
    expect(wrongType.status).toBe(400);
    expect(wrongType.body.error?.message).toMatch(/Content-Type is "text\/plain"; send the body as JSON/);
  });

  it('rate-limits each client: the 6th request in a burst is a 429 with Retry-After; another client is still served', async () => {
    const statuses: number[] = [];
    let last: Awaited<ReturnType<typeof post>> | null = null;
    for (let i = 0; i < 6; i++) {
      last = await post({ ...valid, name: 'burst', budget: 10, seed: 100 + i }, { ip: '192.0.2.7' });
      statuses.push(last.status);
    }
    expect(statuses).toEqual([201, 201, 201, 201, 201, 429]);
    expect(last!.body.error?.code).toBe('rate_limited');
    expect(last!.body.error?.message).toMatch(
      /Too many search runs from this client: at most 5 at once and 5 per minute\. Retry after \d+ s\./,
    );
    expect(Number(last!.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    expect((await post({ ...valid, name: 'other client', budget: 10 }, { ip: '192.0.2.8' })).status).toBe(201);
  });
});

describe('tRPC searches.create', () => {
  it('stores the same run as the REST route, and shares its rate limit per client', async () => {
    const api = createCaller({ db: (await getDb()).db, client: '198.51.100.1' });
    const r = await api.searches.create({ ...valid, name: 'via trpc' });
    expect(r.created).toBe(true);
    expect(r.search).toMatchObject({ name: 'via trpc', optimizer: 're', budget: 60, seed: 3 });
    await expect(api.searches.create({ ...valid, name: 'x\u0000' })).rejects.toThrow(/control or invisible/);
  });

  it('answers a POST body over 16 KiB with 413 before tRPC parses it', async () => {
    const body = JSON.stringify({ ...valid, name: 'y'.repeat(20_000) });
    const res = await trpcPost(
      new Request('http://test/api/trpc/searches.create', { method: 'POST', headers: { 'content-type': 'application/json' }, body }),
    );
    expect(res.status).toBe(413);
    const json = (await res.json()) as { error: { message: string; data: { code: string } } };
    expect(json.error.data.code).toBe('PAYLOAD_TOO_LARGE');
    expect(json.error.message).toMatch(/the limit is 16384 bytes/);
  });

  it('answers a rate-limited mutation with 429 and Retry-After over HTTP', async () => {
    const send = (seed: number) =>
      trpcPost(
        new Request('http://test/api/trpc/searches.create', {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-forwarded-for': '203.0.113.9' },
          body: JSON.stringify({ ...valid, name: 'trpc burst', budget: 10, seed }),
        }),
      );
    const statuses: number[] = [];
    let res: Response | null = null;
    for (let i = 0; i < 6; i++) statuses.push((res = await send(i)).status);
    expect(statuses).toEqual([200, 200, 200, 200, 200, 429]);
    expect(Number(res!.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    expect(((await res!.json()) as { error: { message: string } }).error.message).toMatch(/Too many search runs/);
  });
});

describe('token buckets', () => {
  it('allow a burst of capacity, then one token per 1/perSecond seconds', () => {
    const b = new TokenBuckets({ capacity: 2, perSecond: 0.5 });
    expect([b.take('a', 0), b.take('a', 0), b.take('a', 0)]).toEqual([0, 0, 2]);
    expect(b.take('a', 1000)).toBe(1);
    expect(b.take('a', 2000)).toBe(0);
    expect(b.take('b', 2000)).toBe(0);
  });

  it('cap all clients together, so rotating addresses does not escape the limit', () => {
    const limiter = createRateLimiter('runs', { capacity: 5, perSecond: 1 }, { capacity: 3, perSecond: 0.1 });
    for (const ip of ['a', 'b', 'c']) limiter.check(ip, 0);
    expect(() => limiter.check('d', 0)).toThrow(/all clients together \(at most 6 per minute\)\. Retry after 10 s/);
  });
});
