// `npm run nginx:install`: makes sure Debian's nginx and its brotli module are installed, for
// `npm run test:scale` (which runs nginx as its own child process with its own prefix, never the
// system service). Does nothing when they are; installs nginx and libnginx-mod-http-brotli-filter with
// apt-get when run as root; otherwise prints the command to run. CI (.ci/run) calls it before test:scale.
import { spawnSync } from 'node:child_process';
import { runCommand } from './process/runCommand';
import { findNginx, hasBrotliModule } from './scale/findNginx';

const PACKAGES = ['nginx', 'libnginx-mod-http-brotli-filter'];

function install(): number {
  if (findNginx() && hasBrotliModule()) {
    console.log('[nginx:install] nginx and its brotli module found: nothing to install.');
    return 0;
  }
  const isRoot = process.getuid?.() === 0;
  const hasApt = spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0;
  if (!isRoot || !hasApt) {
    console.error(
      `nginx or its brotli module is missing. Install them with:\n\n    sudo apt-get update && sudo apt-get install -y ${PACKAGES.join(' ')}\n`,
    );
    return 1;
  }
  console.log(`[nginx:install] installing Debian's ${PACKAGES.join(' and ')} with apt-get (one time)…`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  if (
    runCommand('apt-get', ['update'], { env }) !== 0 ||
    runCommand('apt-get', ['install', '-y', '--no-install-recommends', ...PACKAGES], { env }) !== 0
  ) {
    console.error(`apt-get install ${PACKAGES.join(' ')} failed`);
    return 1;
  }
  if (!findNginx() || !hasBrotliModule()) {
    console.error('apt-get finished but /usr/sbin/nginx or the brotli module is still missing');
    return 1;
  }
  console.log('[nginx:install] nginx installed in /usr/sbin/nginx (test:scale runs it as its own process, not as the system service).');
  return 0;
}

process.exitCode = install();
