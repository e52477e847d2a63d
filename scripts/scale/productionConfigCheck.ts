// `nginx -t` on the production config deploy/nginx/nginx.conf as committed, with what an operator sets
// (certificate paths) pointed at a throwaway self-signed certificate and its logs and pid in a temp
// folder: the TLS server block, the redirect and the includes must all load in Debian's nginx.
import { spawnSync } from 'node:child_process';
import { readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { DEPLOY_NGINX } from './nginxConfig';
import { testNginxConfig } from './nginxProcess';

export function productionConfigCheck(dir: string): { ok: boolean; detail: string } {
  const cert = path.join(dir, 'cert.pem');
  const key = path.join(dir, 'key.pem');
  const made = spawnSync(
    'openssl',
    ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', key, '-out', cert, '-days', '1', '-subj', '/CN=anb.example.org'],
    { encoding: 'utf8' },
  );
  if (made.status !== 0) return { ok: false, detail: `openssl could not make a test certificate: ${made.stderr}` };
  const text = readFileSync(path.join(DEPLOY_NGINX, 'nginx.conf'), 'utf8')
    .replace(/\/etc\/ssl\/anb\/CHANGE-ME-fullchain\.pem/, cert)
    .replace(/\/etc\/ssl\/anb\/CHANGE-ME-privkey\.pem/, key)
    .replace(/^pid .*;$/m, `pid ${path.join(dir, 'nginx.pid')};`)
    .replace(/\/var\/log\/nginx\//g, `${dir}/`)
    .replace(/^user .*;$/m, process.getuid?.() === 0 ? '$&' : '');
  const conf = path.join(dir, 'nginx.conf');
  writeFileSync(conf, text);
  symlinkSync(DEPLOY_NGINX, path.join(dir, 'anb'));
  const { ok, output } = testNginxConfig(conf);
  return { ok, detail: ok ? 'deploy/nginx/nginx.conf passes `nginx -t` (certificate paths set to a test certificate)' : output };
}
