import { describe, expect, it } from 'vitest';
import { parseAccessLine, parseAccessLog, servedBy, wasRetried } from './accessLog';

// Lines as nginx 1.22 wrote them in a test:scale run (format `anb`, deploy/nginx/anb-http.conf).
const PLAIN = '127.0.0.1 [2026-05-20T02:30:11+00:00] 1779244211.482 "GET /api/v1/stats" 200 2710 0.012 "127.0.0.1:3401" "200" "0.012"';
const RETRIED =
  '127.0.0.1 [2026-05-20T02:30:41+00:00] 1779244241.007 "GET /api/v1/devices?x=1" 200 5120 0.031 "127.0.0.1:3402, 127.0.0.1:3401" "502, 200" "0.000, 0.030"';
const REFUSED_THEN_OK =
  '127.0.0.1 [2026-05-20T02:30:42+00:00] 1779244242.100 "GET /data" 200 91234 0.402 "127.0.0.1:3402, 127.0.0.1:3401" "-, 200" "0.000, 0.401"';
const NONE_LEFT = '127.0.0.1 [2026-05-20T02:30:43+00:00] 1779244243.250 "GET /proxy?seed=1" 503 120 0.000 "anb" "-" "-"';
const REDIRECTED =
  '127.0.0.1 [2026-05-20T02:30:44+00:00] 1779244244.000 "GET /api/v1/stats" 503 130 2.001 "127.0.0.1:3401, 127.0.0.1:3402 : anb" "504, 504 : -" "1.000, 1.000 : -"';

describe('parseAccessLine', () => {
  it('reads time, request, status and each upstream try', () => {
    expect(parseAccessLine(PLAIN)).toEqual({
      atMs: 1779244211482,
      method: 'GET',
      uri: '/api/v1/stats',
      status: 200,
      upstreams: ['127.0.0.1:3401'],
      upstreamStatuses: [200],
    });
    expect(parseAccessLine(RETRIED)).toMatchObject({
      uri: '/api/v1/devices?x=1',
      upstreams: ['127.0.0.1:3402', '127.0.0.1:3401'],
      upstreamStatuses: [502, 200],
    });
    // A refused connection has no status: "-".
    expect(parseAccessLine(REFUSED_THEN_OK)?.upstreamStatuses).toEqual([null, 200]);
    // An internal redirect to the error page: " : " separates the groups.
    expect(parseAccessLine(REDIRECTED)).toMatchObject({
      status: 503,
      upstreams: ['127.0.0.1:3401', '127.0.0.1:3402', 'anb'],
      upstreamStatuses: [504, 504, null],
    });
  });

  it('counts retries and says which instance answered', () => {
    const [plain, retried, refused, none] = [PLAIN, RETRIED, REFUSED_THEN_OK, NONE_LEFT].map((l) => parseAccessLine(l)!);
    expect([plain, retried, refused, none].map(wasRetried)).toEqual([false, true, true, false]);
    expect([plain, retried, refused, none].map(servedBy)).toEqual(['127.0.0.1:3401', '127.0.0.1:3401', '127.0.0.1:3401', null]);
  });

  it('skips lines in another format and counts them', () => {
    expect(parseAccessLine('127.0.0.1 - - [20/May/2026:02:30:11 +0000] "GET / HTTP/1.1" 200 612 "-" "curl/7.88.1"')).toBeNull();
    const { entries, skipped } = parseAccessLog(`${PLAIN}\n\ngarbage\n${RETRIED}\n`);
    expect(entries).toHaveLength(2);
    expect(skipped).toBe(1);
  });
});
