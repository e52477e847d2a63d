import { describe, expect, it } from 'vitest';
import { readResponse, requestRecorder } from './requestRecorder';

describe('readResponse', () => {
  it('reads the dataset version of /api/v1/stats, a shed 503 with Retry-After, and bodies cut short as content', () => {
    expect(readResponse('/api/v1/stats', 200, {}, '{"version":"abc","records":5138}')).toMatchObject({
      stats: { version: 'abc', records: 5138 },
      truncated: false,
    });
    expect(readResponse('/api/v1/predict', 503, { 'Retry-After': '1' }, '{"error":{"code":"overloaded"}}')).toMatchObject({
      shed: true,
      retryAfter: true,
    });
    expect(readResponse('/api/health', 503, {}, '{"error":{"code":"unavailable"}}')).toMatchObject({ shed: false, retryAfter: false });
    expect(readResponse('/api/v1/stats', 200, {}, '{"version":"ab').truncated).toBe(true);
    expect(readResponse('/pareto', 200, {}, '<html><body>').truncated).toBe(true);
    expect(readResponse('/pareto', 200, {}, '<html><body></body></html>').truncated).toBe(false);
    expect(readResponse('/_next/static/chunks/a.js', 200, {}, 'var a').truncated).toBe(false);
    expect(readResponse('/api/v1/x', 500, {}, 'Error: x\n    at f (/srv/app/server.js:1:2)').stackTrace).toBe(true);
  });
});

describe('requestRecorder', () => {
  it('keeps one event per outcome, with the error code only for errors', () => {
    let t = 1_000;
    const r = requestRecorder(() => t);
    r.response('/api/v1/stats', 900, 200, {}, '{"version":"v","records":1}');
    t = 2_000;
    r.lost('/a', 1_500, 'error', 'UND_ERR_SOCKET');
    r.lost('/b', 0, 'timeout', 'timeout');
    expect(
      r.events.map(({ path, startMs, endMs, status, outcome, errorCode }) => ({ path, startMs, endMs, status, outcome, errorCode })),
    ).toEqual([
      { path: '/api/v1/stats', startMs: 900, endMs: 1_000, status: 200, outcome: 'response', errorCode: undefined },
      { path: '/a', startMs: 1_500, endMs: 2_000, status: 0, outcome: 'error', errorCode: 'UND_ERR_SOCKET' },
      { path: '/b', startMs: 0, endMs: 2_000, status: 0, outcome: 'timeout', errorCode: undefined },
    ]);
  });
});
