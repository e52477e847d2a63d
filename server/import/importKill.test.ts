// SIGKILL in the middle of an import: a child process imports the real data into a PGlite folder that
// holds an earlier version (a 40-record copy) and is killed at chosen points of the open transaction.
// Reopened, the folder holds the earlier version exactly, or the whole new one, never a mix; the dead
// process's lock file is taken over, and the folder still takes a full import afterwards.
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { currentVersion } from '@/server/db/currentVersion';
import { openDatabase, type Database } from '@/server/db/openDatabase';
import { queryRows } from '@/server/db/queryRows';
import { importDataset, type ImportedTable } from './importDataset';
import { tableSnapshot } from './tableSnapshot';
import { writeDatasetCopy } from './writeDatasetCopy';

const DATA = path.resolve('../shared/accel-nasbench');
const CHILD = path.resolve('server/import/importKillChild.ts');
const temp = mkdtempSync(path.join(tmpdir(), 'anb-kill-'));
const TEMPLATE = path.join(temp, 'template');
const SMALL = path.join(temp, 'small');

let previous: Awaited<ReturnType<typeof tableSnapshot>>;

beforeAll(async () => {
  await writeDatasetCopy(DATA, SMALL, { records: 40 });
  const o = await openDatabase({ dataDir: TEMPLATE });
  try {
    const r = await importDataset(o.db, SMALL);
    if (!r.ok) throw new Error(r.error.message);
    previous = await tableSnapshot(o.db);
  } finally {
    await o.close();
  }
});
afterAll(() => rmSync(temp, { recursive: true, force: true }));

interface KillOutcome {
  /** The progress line the child printed before it was killed. */
  reached: string;
  pid: number;
  signal: NodeJS.Signals | null;
}

/** Runs the child on `dbDir` and SIGKILLs it `delayMs` after it reports reaching `table` at `rows`. */
function importAndKill(dbDir: string, table: ImportedTable, rows: number, mode: 'pause' | 'race', delayMs: number): Promise<KillOutcome> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', CHILD, dbDir, DATA, table, String(rows), mode], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    let reached = '';
    const timer = setTimeout(() => child.kill('SIGKILL'), 90_000);
    child.stderr.on('data', (c: Buffer) => (err += c.toString()));
    child.stdout.on('data', (c: Buffer) => {
      out += c.toString();
      const line = /^REACHED .*$/m.exec(out);
      if (line && !reached) {
        reached = line[0];
        setTimeout(() => child.kill('SIGKILL'), delayMs);
      }
    });
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      if (!reached) reject(new Error(`the child ended (code ${code}, ${signal}) before reaching ${table} ${rows}:\n${out}\n${err}`));
      else resolve({ reached, pid: child.pid!, signal });
    });
  });
}

async function count(db: Database, table: string): Promise<number> {
  const [row] = await queryRows<{ n: number }>(db, sql`select count(*)::int as n from ${sql.identifier(table)}`);
  return Number(row.n);
}

/** True when the database holds exactly the whole real dataset as its current version. */
async function holdsFullNewVersion(db: Database): Promise<boolean> {
  const v = await currentVersion(db);
  return (
    v?.record_count === 5138 &&
    (await count(db, 'records')) === 5138 &&
    (await count(db, 'architectures')) === 5125 &&
    (await count(db, 'proxy_fidelity_runs')) === 702 &&
    (await count(db, 'device_profiles')) === 6 &&
    (await count(db, 'dataset_versions')) === 2
  );
}

describe('an import killed with SIGKILL', () => {
  const points: [ImportedTable, number, 'pause' | 'race', number][] = [
    ['architectures', 1000, 'pause', 0],
    ['records', 3000, 'pause', 0],
    // Every row is written; only the version switch and the commit are left.
    ['device_profiles', 6, 'pause', 0],
    // Killed 40 ms later while it runs on towards the commit (on this machine, usually just after it):
    // either outcome is allowed, a mix is not.
    ['device_profiles', 6, 'race', 40],
  ];

  it.each(points)(
    'at %s %i (%s, kill after %i ms) leaves the previous version or the whole new one',
    async (table, rows, mode, delayMs) => {
      const dir = path.join(temp, `run-${table}-${rows}-${mode}-${delayMs}`);
      cpSync(TEMPLATE, dir, { recursive: true });
      const killed = await importAndKill(dir, table, rows, mode, delayMs);
      // A racing child may beat the kill and exit on its own; a paused one never does.
      if (mode === 'pause') {
        expect(killed.signal).toBe('SIGKILL');
        // The dead child's lock is still there; opening the folder must take it over.
        expect(readFileSync(`${dir}.lock`, 'utf8').trim()).toBe(String(killed.pid));
      } else if (killed.signal === 'SIGKILL' && existsSync(`${dir}.lock`)) {
        // A racing child may be killed after it closed the database and released its lock.
        expect(readFileSync(`${dir}.lock`, 'utf8').trim()).toBe(String(killed.pid));
      }

      const o = await openDatabase({ dataDir: dir });
      try {
        const after = await tableSnapshot(o.db);
        const unchanged = JSON.stringify(after) === JSON.stringify(previous);
        const complete = !unchanged && (await holdsFullNewVersion(o.db));
        console.info(
          `[kill] ${killed.reached} (${mode}, +${delayMs} ms, ${killed.signal ?? 'exited before the kill'}) → ${unchanged ? 'previous version, unchanged' : complete ? 'the whole new version' : 'A MIX'}`,
        );
        expect(unchanged || complete, `neither the previous nor the full new version:\n${JSON.stringify(after, null, 2)}`).toBe(true);
        // A kill inside the open transaction cannot have committed anything.
        if (mode === 'pause') expect(after).toEqual(previous);
        // The recovered folder still works: the interrupted import runs to the end.
        if (unchanged && table === 'records') {
          const r = await importDataset(o.db, DATA);
          expect(r.ok && r.value.status).toBe('imported');
          expect(await holdsFullNewVersion(o.db)).toBe(true);
        }
      } finally {
        await o.close();
      }
      expect(existsSync(`${dir}.lock`)).toBe(false);
      rmSync(dir, { recursive: true, force: true });
    },
  );
});
