// A database that cannot be reached is a 503 with Retry-After and the app's error body, not a 500: the
// error comes from a real node-postgres pool pointed at a port nothing listens on, through drizzle.
import { createServer } from 'node:net';
import { sql } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/node-postgres';
import { Pool } from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { errorResponse } from './handleRest';

/** A port that was free a moment ago: nothing listens there, so connecting is refused. */
async function closedPort(): Promise<number> {
  const s = createServer();
  await new Promise<void>((r) => s.listen(0, '127.0.0.1', r));
  const { port } = s.address() as { port: number };
  await new Promise((r) => s.close(r));
  return port;
}

describe('a database outage through the REST error mapping', async () => {
  const pool = new Pool({ connectionString: `postgres://anb@127.0.0.1:${await closedPort()}/anb`, connectionTimeoutMillis: 2000 });
  afterAll(() => pool.end());

  it('answers 503 with Retry-After and a message, no SQL and no stack', async () => {
    const error = await drizzle({ client: pool })
      .execute(sql`select 1`)
      .then(
        () => null,
        (e: unknown) => e,
      );
    expect(error).toBeInstanceOf(Error);
    const res = errorResponse(error);
    expect(res.status).toBe(503);
    expect(res.headers.get('retry-after')).toBe('5');
    const text = await res.text();
    expect(JSON.parse(text).error).toMatchObject({
      code: 'internal',
      message: expect.stringMatching(/^The database cannot be reached right now/),
    });
    expect(text).not.toMatch(/select 1|ECONNREFUSED|\n\s+at /);
  });

  it('still answers 500 without internals for an error that is not an outage', async () => {
    const res = errorResponse(new TypeError('boom'));
    expect(res.status).toBe(500);
    expect(res.headers.get('retry-after')).toBeNull();
    expect(await res.text()).not.toMatch(/boom/);
  });
});
