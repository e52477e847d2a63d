// The loopback config test:scale runs and the production config must not drift apart: the same upstream
// health-check and keep-alive settings, and the shared rules say what the app accepts.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MAX_BODY_BYTES, MAX_DEVICE_BODY_BYTES } from '@/server/http/bodyLimit';
import { nginxTestConfig, UPSTREAM_KEEPALIVE, UPSTREAM_SERVER_PARAMS } from './nginxConfig';

const read = (name: string) => readFileSync(`deploy/nginx/${name}`, 'utf8');
/** Directives only: comments dropped. */
const directives = (text: string) => text.replace(/#.*$/gm, '');

describe('deploy/nginx', () => {
  const production = directives(read('nginx.conf'));
  const upstream = /upstream anb \{([^}]*)\}/.exec(production)?.[1] ?? '';

  it('production upstream servers carry the health-check settings the test runs with', () => {
    const servers = [...upstream.matchAll(/^\s*server (\S+) (.*);$/gm)];
    expect(servers.length).toBeGreaterThanOrEqual(2);
    for (const [, , params] of servers) expect(params).toBe(UPSTREAM_SERVER_PARAMS);
    for (const line of UPSTREAM_KEEPALIVE) expect(upstream).toContain(line);
  });

  it('the test config includes the same shared rules and upstream settings', () => {
    const test = nginxTestConfig({ dir: '/tmp/x', port: 3480, upstreams: ['127.0.0.1:3401', '127.0.0.1:3402'] }, true);
    expect(test).toContain('include anb/anb-http.conf;');
    expect(test).toContain('include anb/anb-locations.conf;');
    expect(test).toContain(`server 127.0.0.1:3402 ${UPSTREAM_SERVER_PARAMS};`);
    expect(production).toContain('include anb/anb-http.conf;');
    expect(production).toContain('include anb/anb-locations.conf;');
  });

  it('accepts bodies up to the largest the app reads, and no larger', () => {
    const size = /client_max_body_size (\d+)k;/.exec(directives(read('anb-http.conf')))?.[1];
    expect(Number(size) * 1024).toBe(Math.max(MAX_BODY_BYTES, MAX_DEVICE_BODY_BYTES));
  });

  it('retries idempotent requests only, on errors, timeouts, 502 and 503, within bounds', () => {
    const proxy = directives(read('anb-proxy.conf'));
    expect(proxy).toMatch(/proxy_next_upstream error timeout http_502;/);
    expect(proxy).not.toMatch(/non_idempotent/);
    expect(proxy).toMatch(/proxy_next_upstream_tries 2;/);
    expect(proxy).toMatch(/proxy_next_upstream_timeout \d+s;/);
    expect(proxy).toMatch(/proxy_set_header X-Forwarded-For \$remote_addr;/);
    expect(proxy).toMatch(/proxy_set_header X-Forwarded-Proto \$scheme;/);
  });

  it('serves HTTPS with HSTS, redirects HTTP, caches /_next/static for a year', () => {
    expect(production).toMatch(
      /listen 80 default_server;\s+listen \[::\]:80 default_server;\s+server_name _;\s+return 301 https:\/\/\$host\$request_uri;/,
    );
    expect(production).toMatch(/listen 443 ssl http2/);
    expect(production).toMatch(/ssl_certificate \/etc\/ssl\/anb\/CHANGE-ME-fullchain\.pem;/);
    expect(directives(read('anb-http.conf'))).toMatch(/https "max-age=63072000; includeSubDomains";/);
    const locations = directives(read('anb-locations.conf'));
    // Every location that sets headers sends HSTS too (nginx drops the server's add_header there).
    const blocks = [...locations.matchAll(/location [^{]+\{([^}]*)\}/g)].map((m) => m[1]);
    for (const b of blocks.filter((b) => b.includes('add_header')))
      expect(b).toContain('add_header Strict-Transport-Security $anb_hsts always;');
    expect(locations).toMatch(/location \/_next\/static\/ \{[^}]*add_header Cache-Control "public, max-age=31536000, immutable" always;/);
  });
});
