// The committed migrations describe server/db/schema.ts: a schema edit without `npm run db:generate`
// fails here instead of at the first query against a missing column.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { generateDrizzleJson, generateMigration } from 'drizzle-kit/api';
import { describe, expect, it } from 'vitest';
import * as schema from './schema';

const MIGRATIONS = path.resolve('server/db/migrations');

describe('migrations', () => {
  it('match the schema', async () => {
    const journal = JSON.parse(readFileSync(path.join(MIGRATIONS, 'meta', '_journal.json'), 'utf8')) as { entries: { idx: number }[] };
    const last = journal.entries.at(-1)!.idx;
    const snapshot = JSON.parse(readFileSync(path.join(MIGRATIONS, 'meta', `${String(last).padStart(4, '0')}_snapshot.json`), 'utf8'));
    const pending = await generateMigration(snapshot, generateDrizzleJson(schema));
    expect(pending, 'schema.ts changed: run `npm run db:generate` and commit the new migration').toEqual([]);
  });
});
