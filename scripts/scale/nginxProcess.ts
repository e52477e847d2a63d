// nginx as a child process of the test, in the foreground with its own prefix, pid and logs (never the
// system service), and `nginx -t` on a config.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { NGINX_BIN } from './findNginx';

export interface NginxProcess {
  child: ChildProcess;
  base: string;
  /** Graceful stop (SIGQUIT), SIGKILL after 5 s. */
  stop(): Promise<void>;
}

const args = (conf: string) => ['-p', path.dirname(conf), '-c', conf, '-e', path.join(path.dirname(conf), 'error.log')];

/** `nginx -t`: the config's syntax and files. The output says what is wrong. */
export function testNginxConfig(conf: string): { ok: boolean; output: string } {
  const r = spawnSync(NGINX_BIN, ['-t', ...args(conf)], { encoding: 'utf8' });
  return { ok: r.status === 0, output: `${r.stdout}${r.stderr}`.trim() };
}

/** Starts nginx on `conf` and resolves once it answers on `port` of 127.0.0.1. */
export async function startNginx(conf: string, port: number): Promise<NginxProcess> {
  const child = spawn(NGINX_BIN, [...args(conf), '-g', 'daemon off;'], { stdio: ['ignore', 'inherit', 'inherit'] });
  const base = `http://127.0.0.1:${port}`;
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const gone = new Promise((r) => child.once('exit', r));
    child.kill('SIGQUIT');
    const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
    await gone;
    clearTimeout(timer);
  };
  const end = Date.now() + 10_000;
  while (Date.now() < end) {
    if (child.exitCode !== null) throw new Error(`nginx exited with ${child.exitCode} (see ${path.join(path.dirname(conf), 'error.log')})`);
    // Any HTTP answer means it listens (the instances may not be up yet: then nginx's own 503).
    if (
      await fetch(`${base}/robots.txt`).then(
        () => true,
        () => false,
      )
    )
      return { child, base, stop };
    await new Promise((r) => setTimeout(r, 100));
  }
  await stop();
  throw new Error(`nginx did not answer on ${base} within 10 s`);
}
