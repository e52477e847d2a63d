// Where Debian's nginx and its brotli module are, for `npm run test:scale` and `npm run nginx:install`.
import { existsSync } from 'node:fs';

/** Debian's nginx binary (packages nginx / nginx-light). */
export const NGINX_BIN = '/usr/sbin/nginx';
/** Debian 12's libnginx-mod-http-brotli-filter puts the module here; deploy/nginx/nginx.conf loads it by this path. */
export const BROTLI_MODULE = '/usr/lib/nginx/modules/ngx_http_brotli_filter_module.so';

/** The nginx binary, or null when nginx is not installed. */
export function findNginx(): string | null {
  return existsSync(NGINX_BIN) ? NGINX_BIN : null;
}

/** Whether the brotli filter module is installed (deploy/nginx/nginx.conf needs it). */
export const hasBrotliModule = (): boolean => existsSync(BROTLI_MODULE);
