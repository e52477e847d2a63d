// Per-route latency of an autocannon run, so a soak that fails says which routes were slow and when:
// autocannon's own summary pools every route into one histogram and counts timeouts without a path.
import { quantile } from '@/core/metrics/quantile';

/** What a client of autocannon exposes: its request iterator (the request on the wire) and its events. */
interface CannonClient {
  requestIterator: { currentRequest: { path?: string } };
  on(event: 'response', listener: (status: number, bytes: number, ms: number) => void): unknown;
  on(event: 'timeout', listener: () => void): unknown;
}

interface RouteSamples {
  ms: number[];
  timeouts: number;
}

export interface SlowResponse {
  path: string;
  ms: number;
  /** Seconds after the run started that the response (or the timeout) came. */
  atS: number;
}

export interface RouteLatency {
  /** autocannon's `setupClient` option: hooks each connection's responses and timeouts. */
  setupClient(client: unknown): void;
  /** One line per route, slowest p99 first, then the slowest responses with when they came. */
  report(slowest?: number): string;
}

export function routeLatency(t0 = performance.now()): RouteLatency {
  const routes = new Map<string, RouteSamples>();
  const slow: SlowResponse[] = [];
  const samples = (path: string) => {
    let s = routes.get(path);
    if (!s) routes.set(path, (s = { ms: [], timeouts: 0 }));
    return s;
  };
  const atS = () => (performance.now() - t0) / 1000;

  return {
    setupClient(raw) {
      const client = raw as CannonClient;
      // 'response' fires before the client moves on, so the current request is the one answered.
      client.on('response', (_status, _bytes, ms) => {
        const path = client.requestIterator.currentRequest.path ?? '?';
        samples(path).ms.push(ms);
        slow.push({ path, ms, atS: atS() });
        if (slow.length > 64) slow.sort((a, b) => b.ms - a.ms).splice(32);
      });
      client.on('timeout', () => {
        const path = client.requestIterator.currentRequest.path ?? '?';
        samples(path).timeouts++;
        slow.push({ path, ms: Infinity, atS: atS() });
      });
    },
    report(slowest = 8) {
      const rows = [...routes].map(([path, s]) => {
        const sorted = [...s.ms].sort((a, b) => a - b);
        const q = (p: number) => (sorted.length > 0 ? quantile(sorted, p) : NaN);
        return { path, n: sorted.length, p50: q(0.5), p99: q(0.99), max: sorted.at(-1) ?? NaN, timeouts: s.timeouts };
      });
      rows.sort((a, b) => b.timeouts - a.timeouts || b.p99 - a.p99);
      const lines = rows.map(
        (r) =>
          `  ${r.path}: n ${r.n}, p50 ${r.p50.toFixed(0)} ms, p99 ${r.p99.toFixed(0)} ms, max ${r.max.toFixed(0)} ms${r.timeouts > 0 ? `, timeouts ${r.timeouts}` : ''}`,
      );
      const worst = slow
        .sort((a, b) => b.ms - a.ms)
        .slice(0, slowest)
        .map((s) => `${s.path} ${Number.isFinite(s.ms) ? `${s.ms.toFixed(0)} ms` : 'timed out'} at ${s.atS.toFixed(0)} s`);
      return `${lines.join('\n')}\n  slowest: ${worst.join('; ')}`;
    },
  };
}
