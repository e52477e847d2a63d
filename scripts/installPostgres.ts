// `npm run postgres:install`: makes sure Debian's PostgreSQL server binaries are installed, for
// `npm run test:postgres`. Does nothing when they are; installs the postgresql package with apt-get
// when run as root; otherwise prints the command to run. CI (.ci/run) calls it before test:postgres.
import { spawnSync } from 'node:child_process';
import { findPostgresBin } from './postgres/findPostgresBin';
import { runCommand } from './process/runCommand';

function install(): number {
  const found = findPostgresBin();
  if (found) {
    console.log(`[postgres:install] PostgreSQL found in ${found}: nothing to install.`);
    return 0;
  }
  const isRoot = process.getuid?.() === 0;
  const hasApt = spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0;
  if (!isRoot || !hasApt) {
    console.error(
      "PostgreSQL's server binaries were not found in /usr/lib/postgresql/*/bin. Install them with:\n\n    sudo apt-get update && sudo apt-get install -y postgresql\n",
    );
    return 1;
  }
  console.log("[postgres:install] PostgreSQL not found: installing Debian's postgresql with apt-get (one time)…");
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  if (
    runCommand('apt-get', ['update'], { env }) !== 0 ||
    runCommand('apt-get', ['install', '-y', '--no-install-recommends', 'postgresql'], { env }) !== 0
  ) {
    console.error('apt-get install postgresql failed');
    return 1;
  }
  const bin = findPostgresBin();
  if (!bin) {
    console.error('apt-get finished but /usr/lib/postgresql/*/bin/initdb is still missing');
    return 1;
  }
  console.log(`[postgres:install] PostgreSQL installed in ${bin}.`);
  return 0;
}

process.exitCode = install();
