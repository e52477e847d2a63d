// The loopback nginx config of `npm run test:scale`: the production rules of deploy/nginx (http
// settings, locations, proxying: included from the repository's files, not copied) in front of the
// test's instances, on plain HTTP, with every path under the test's temp folder.
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { BROTLI_MODULE } from './findNginx';

/** The folder holding the shared rules; a config includes them as anb/*.conf from its own folder. */
export const DEPLOY_NGINX = path.resolve('deploy/nginx');

/** Each upstream server's passive health check, as in deploy/nginx/nginx.conf (nginxConfig.test.ts compares). */
export const UPSTREAM_SERVER_PARAMS = 'max_fails=3 fail_timeout=10s';
/** Keep-alive to the instances, as in deploy/nginx/nginx.conf. */
export const UPSTREAM_KEEPALIVE = ['keepalive 64;', 'keepalive_timeout 4s;'];

export interface NginxTestConfig {
  /** Temp folder: config, pid, logs, nginx's temp files. */
  dir: string;
  /** Port on 127.0.0.1 that nginx listens on. */
  port: number;
  /** host:port of each instance. */
  upstreams: string[];
}

export interface NginxFiles {
  conf: string;
  accessLog: string;
  errorLog: string;
}

/** The config text (pure; paths inside `dir`). */
export function nginxTestConfig({ dir, port, upstreams }: NginxTestConfig, asRoot: boolean): string {
  const temp = (name: string) => path.join(dir, 'temp', name);
  return `# Written by scripts/scale/nginxConfig.ts for npm run test:scale; the rules are deploy/nginx's.
${asRoot ? 'user nobody nogroup;\n' : ''}worker_processes 1;
pid ${path.join(dir, 'nginx.pid')};
error_log ${path.join(dir, 'error.log')} warn;
load_module ${BROTLI_MODULE};

events {
    worker_connections 2048;
}

http {
    client_body_temp_path ${temp('body')};
    proxy_temp_path ${temp('proxy')};
    fastcgi_temp_path ${temp('fastcgi')};
    uwsgi_temp_path ${temp('uwsgi')};
    scgi_temp_path ${temp('scgi')};
    keepalive_timeout 65s;

    include anb/anb-http.conf;
    access_log ${path.join(dir, 'access.log')} anb;

    upstream anb {
${upstreams.map((u) => `        server ${u} ${UPSTREAM_SERVER_PARAMS};`).join('\n')}
${UPSTREAM_KEEPALIVE.map((l) => `        ${l}`).join('\n')}
    }

    server {
        listen 127.0.0.1:${port};
        server_name localhost;
        include anb/anb-locations.conf;
    }
}
`;
}

/** Writes the config, links anb/ to deploy/nginx and makes nginx's temp folders (writable by its workers). */
export function writeNginxConfig(config: NginxTestConfig): NginxFiles {
  const asRoot = process.getuid?.() === 0;
  for (const t of ['body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'])
    mkdirSync(path.join(config.dir, 'temp', t), { recursive: true, mode: 0o777 });
  symlinkSync(DEPLOY_NGINX, path.join(config.dir, 'anb'));
  const conf = path.join(config.dir, 'nginx.conf');
  writeFileSync(conf, nginxTestConfig(config, asRoot));
  return { conf, accessLog: path.join(config.dir, 'access.log'), errorLog: path.join(config.dir, 'error.log') };
}
