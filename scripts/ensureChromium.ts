// Makes sure a Chromium for the end-to-end tests exists: Playwright's own browser download cannot
// run here, so the tests use Debian's `chromium`. Installs it when running as root with apt,
// otherwise stops with the exact command to run.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

function main() {
  if (existsSync(CHROMIUM_PATH)) return;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const hasApt = spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0;
  if (!isRoot || !hasApt) {
    console.error(
      `Chromium is needed for the end-to-end tests and was not found at ${CHROMIUM_PATH}.\n` +
        'Install it with:\n\n    sudo apt-get update && sudo apt-get install -y chromium\n\n' +
        'or set CHROMIUM_PATH to an existing Chromium binary.',
    );
    process.exit(1);
  }
  console.log("Chromium not found: installing Debian's chromium with apt-get (one time)…");
  execFileSync('apt-get', ['update'], { stdio: 'inherit' });
  execFileSync('apt-get', ['install', '-y', '--no-install-recommends', 'chromium'], {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  if (!existsSync(CHROMIUM_PATH)) {
    console.error(`apt-get finished but ${CHROMIUM_PATH} is still missing.`);
    process.exit(1);
  }
}

main();
