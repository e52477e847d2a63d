import { describe, expect, it } from 'vitest';
import { parseAccessLine } from './accessLog';
import { hasStackTrace, type ClientEvent } from './requestRecorder';
import { scaleSummary, type FaultWindow } from './scaleSummary';

const ok = (startMs: number, extra: Partial<ClientEvent> = {}): ClientEvent => ({
  startMs,
  endMs: startMs + 100,
  path: '/api/v1/stats',
  status: 200,
  outcome: 'response',
  retryAfter: false,
  stackTrace: false,
  shed: false,
  truncated: false,
  ...extra,
});

const log = (atS: number, upstreams: string, statuses: string) =>
  parseAccessLine(
    `127.0.0.1 [2026-05-20T02:30:00+00:00] ${atS}.000 "GET /api/v1/stats" 200 10 0.010 "${upstreams}" "${statuses}" "0.010"`,
  )!;

const FAULTS: FaultWindow[] = [
  { fault: 'kill-instance', fromMs: 10_000, toMs: 20_000, details: { instance: 'B' } },
  { fault: 'restart-postgres', fromMs: 30_000, toMs: 40_000, details: { downS: 10 } },
  { fault: 'import', fromMs: 50_000, toMs: 60_000, details: {} },
];

describe('scaleSummary', () => {
  it('counts requests, failures per fault by time in flight, nginx retries per fault, and sheds', () => {
    const events = [
      ok(1_000),
      ok(12_000),
      ok(31_000, { status: 503, retryAfter: true }),
      ok(32_000, { status: 503, retryAfter: true, shed: true }),
      ok(33_000),
      ok(55_000),
      // Cut short when the killed instance died mid-response: a failure of the kill.
      ok(12_500, { truncated: true }),
      // Sent before PostgreSQL stopped, answered 503 during the outage: the outage's.
      ok(27_000, { endMs: 30_500, status: 503, retryAfter: true }),
      // Sent during the kill window, failed in the outage that began after it: the outage's alone.
      ok(19_000, { endMs: 31_000, status: 503, retryAfter: true }),
      // Failed between the faults: outside.
      ok(22_000, { status: 0, outcome: 'timeout' }),
    ];
    const access = [log(11, '127.0.0.1:3402, 127.0.0.1:3401', '-, 200'), log(12, '127.0.0.1:3401', '200'), log(35, 'a:1, b:2', '503, 503')];
    const { result, goals } = scaleSummary(events, access, FAULTS);
    expect(result).toEqual({
      requests: 10,
      failed: 6,
      shed: 1,
      faults: [
        { fault: 'kill-instance', failed: 1, retried: 1, requests: 3, failedByStatus: { '200-truncated': 1 }, instance: 'B' },
        { fault: 'restart-postgres', failed: 4, retried: 1, requests: 5, failedByStatus: { 503: 4 }, downS: 10 },
        { fault: 'import', failed: 0, retried: 0, requests: 1, failedByStatus: {} },
      ],
    });
    expect(goals.map(([, pass]) => pass)).toEqual([false, true, true, true, true, true]);
    expect(goals[1][0]).toBe('kill-instance: no request failed except responses cut mid-body by the kill (1 failed: {"200-truncated":1})');
    expect(goals[0][0]).toBe('no request failed outside the faults (1: {"timeout":1})');
  });

  it('fails the Postgres goal on a 503 without Retry-After or any other 5xx, and flags stack traces and version mixes', () => {
    const events = [
      ok(31_000, { status: 500 }),
      ok(32_000, { status: 503 }),
      ok(5_000, { stackTrace: true }),
      ok(6_000, { stats: { version: 'aaa', records: 5138 } }),
      ok(56_000, { stats: { version: 'bbb', records: 5137 } }),
      ok(57_000, { stats: { version: 'bbb', records: 5138 } }),
    ];
    const { goals } = scaleSummary(events, [], FAULTS);
    const failing = goals.filter(([, pass]) => !pass).map(([name]) => name);
    expect(failing).toEqual([
      'restart-postgres: failed requests are 503s with Retry-After only (2 failed: {"500":1,"503":1})',
      'no response carried a stack trace (1)',
      'no response mixed dataset versions (2 version(s) seen; mixed: bbb with 5137 and 5138 records)',
    ]);
  });

  it('fails the fault goals when a fault did not run at all', () => {
    const { goals } = scaleSummary([ok(1)], [], []);
    expect(goals.filter(([, pass]) => !pass)).toHaveLength(3);
  });
});

describe('hasStackTrace', () => {
  it('finds V8 stack frames and not ordinary text or chunk URLs', () => {
    expect(hasStackTrace(String(new Error('x').stack))).toBe(true);
    expect(hasStackTrace('{"message":"boom","stack":"Error: boom\\n    at handler (/srv/app/.next/server/chunks/123.js:1:2045)"}')).toBe(
      true,
    );
    expect(hasStackTrace('    at async Promise.all (index 0)\n    at file:///srv/app/start.mjs:10:5')).toBe(true);
    expect(hasStackTrace('<script src="/_next/static/chunks/main-ab12.js" async=""></script> look at the data')).toBe(false);
    expect(hasStackTrace('{"error":{"code":"unavailable","message":"The database cannot be reached right now"}}')).toBe(false);
  });
});
