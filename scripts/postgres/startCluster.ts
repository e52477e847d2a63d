// A throw-away PostgreSQL cluster for tests: initdb in a temp folder, trust auth, listening on
// 127.0.0.1 only, tuned for speed over durability. stop() shuts it down and deletes the folder.
import { spawn, spawnSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Client, type QueryResult } from 'pg';

export interface Cluster {
  /** Temp folder holding the data directory, the server log and anything a check writes beside it. */
  root: string;
  port: number;
  /** Connection string of database `db` as the superuser postgres (no password: trust auth). */
  url: (db: string) => string;
  /** Runs one statement on database `db` over a connection of its own. */
  query(db: string, text: string): Promise<QueryResult>;
  /** Shuts the server down (fast mode: clients are disconnected) and keeps the data: a database outage. */
  halt(): Promise<void>;
  /** Starts it again on the same data and port after halt(); resolves once it accepts connections. */
  resume(): Promise<void>;
  stop(): void;
}

const isRoot = process.getuid?.() === 0;

function must(cmd: string, args: string[]) {
  const r = spawnSync(cmd, args, { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed (${r.status}): ${r.stderr || r.stdout}`);
  return r.stdout;
}

/** As must(), without blocking this process's event loop (a load generator may be running in it). */
function mustAsync(cmd: string, args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += String(d)));
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${cmd} ${args.join(' ')} failed (${code}): ${stderr}`))));
  });
}

/** initdb refuses to run as root: as root the cluster belongs to the postgres user. */
function asOwner(bin: string, args: string[]): [string, string[]] {
  return isRoot ? ['runuser', ['-u', 'postgres', '--', bin, ...args]] : [bin, args];
}

async function query(url: string, text: string): Promise<QueryResult> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return await client.query(text);
  } finally {
    await client.end();
  }
}

/** Starts a cluster with the binaries in `bin` (scripts/postgres/findPostgresBin.ts) on `port`. */
export async function startCluster(bin: string, port: number): Promise<Cluster> {
  const root = mkdtempSync(path.join(tmpdir(), 'anb-postgres-'));
  const data = path.join(root, 'data');
  if (isRoot) {
    const uid = Number(must('id', ['-u', 'postgres']).trim());
    const gid = Number(must('id', ['-g', 'postgres']).trim());
    chownSync(root, uid, gid);
  }
  let started = false;
  const url = (db: string) => `postgres://postgres@127.0.0.1:${port}/${db}`;
  // A scratch server: durability is not the point, speed is.
  const options = `-p ${port} -h 127.0.0.1 -k ${root} -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300`;
  const pgCtlStart = asOwner(path.join(bin, 'pg_ctl'), [
    '-D',
    data,
    '-l',
    path.join(root, 'server.log'),
    '-o',
    options,
    '-w',
    '-t',
    '60',
    'start',
  ]);
  const cluster: Cluster = {
    root,
    port,
    url,
    query: (db, text) => query(url(db), text),
    halt: () => mustAsync(...asOwner(path.join(bin, 'pg_ctl'), ['-D', data, '-m', 'fast', '-w', 'stop'])),
    resume: () => mustAsync(...pgCtlStart),
    stop() {
      if (started) spawnSync(...asOwner(path.join(bin, 'pg_ctl'), ['-D', data, '-m', 'immediate', '-w', 'stop']), { stdio: 'ignore' });
      started = false;
      rmSync(root, { recursive: true, force: true });
    },
  };
  try {
    must(...asOwner(path.join(bin, 'initdb'), ['-D', data, '-A', 'trust', '-U', 'postgres', '-E', 'UTF8', '--no-locale', '--no-sync']));
    started = true;
    must(...pgCtlStart);
    const version = await cluster.query('postgres', 'show server_version');
    console.log(`[test:postgres] PostgreSQL ${version.rows[0].server_version} on 127.0.0.1:${port}, data in ${data}`);
    return cluster;
  } catch (e) {
    const log = path.join(root, 'server.log');
    if (existsSync(log)) console.error(readFileSync(log, 'utf8'));
    cluster.stop();
    throw e;
  }
}
