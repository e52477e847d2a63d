// What every client of test:scale's autocannon run saw, one event per request: when it was sent, its
// route, status or timeout, and what its body reveals (a stack trace, a shed 503, the dataset version of
// /api/v1/stats with the record count it was computed from). autocannon's own summary pools all of it.

export interface ClientEvent {
  /** When the request was sent, ms since the epoch (the answer's time less its latency). */
  startMs: number;
  /** When its answer (or timeout) came. */
  endMs: number;
  path: string;
  /** HTTP status; 0 when no response came (timeout or connection error). */
  status: number;
  outcome: 'response' | 'timeout' | 'error';
  /** A 503 carried Retry-After. */
  retryAfter: boolean;
  /** The body holds a JavaScript stack frame. */
  stackTrace: boolean;
  /** A 503 from an instance's turn scheduler (`"code":"overloaded"`). */
  shed: boolean;
  /**
   * A 2xx whose body is cut short (JSON that does not parse, a page without `</html>`): what a client
   * gets when the instance dies mid-response after nginx passed the headers on, too late to retry.
   */
  truncated: boolean;
  /** /api/v1/stats: the version hash and the record count in the same body. */
  stats?: { version: string; records: number };
}

/** A stack frame as V8 prints it: `at fn (/path/file.js:12:34)` or `at /path/file.js:12:34`. */
const STACK_FRAME = /\bat (?:async )?(?:[\w$.<>[\]]+ )?\(?(?:\/|file:\/\/|node:|webpack)[^\s()'"]*:\d+:\d+\)?/;

export const hasStackTrace = (body: string): boolean => STACK_FRAME.test(body);

/** What autocannon's client and request iterator expose (they are untyped in @types/autocannon). */
interface CannonClient {
  requestIterator: { currentRequest: { path?: string } };
  on(event: 'response', listener: (status: number, bytes: number, ms: number) => void): unknown;
  on(event: 'timeout' | 'connError', listener: () => void): unknown;
}

interface Seen {
  retryAfter: boolean;
  stackTrace: boolean;
  shed: boolean;
  truncated: boolean;
  stats?: ClientEvent['stats'];
}

export interface RequestRecorder {
  events: ClientEvent[];
  /** autocannon `requests`: GET each path, reading each body. */
  requests(paths: string[]): {
    method: 'GET';
    path: string;
    onResponse: (status: number, body: string, context: object, headers?: Record<string, unknown>) => void;
  }[];
  /** autocannon `setupClient`. */
  setupClient(client: unknown): void;
}

export function requestRecorder(timeoutMs: number, now: () => number = Date.now): RequestRecorder {
  const events: ClientEvent[] = [];
  // autocannon calls a request's onResponse, then the client's 'response' event, for the same answer and
  // in the same tick: onResponse leaves what it read here for the event to pick up.
  let seen: Seen | null = null;
  return {
    events,
    requests: (paths) =>
      paths.map((path) => ({
        method: 'GET' as const,
        path,
        onResponse(status: number, body: string, _context: object, headers?: Record<string, unknown>) {
          const text = String(body ?? '');
          let stats: ClientEvent['stats'];
          let truncated = false;
          if (status >= 200 && status < 300 && path.startsWith('/api/')) {
            try {
              const json = JSON.parse(text) as { version?: unknown; records?: unknown };
              if (path === '/api/v1/stats' && typeof json.version === 'string' && typeof json.records === 'number')
                stats = { version: json.version, records: json.records };
            } catch {
              truncated = true;
            }
          } else if (status >= 200 && status < 300 && !path.startsWith('/_next/') && !path.endsWith('.txt')) {
            truncated = !text.includes('</html>');
          }
          seen = {
            retryAfter: status === 503 && Object.keys(headers ?? {}).some((k) => k.toLowerCase() === 'retry-after'),
            stackTrace: hasStackTrace(text),
            shed: status === 503 && text.includes('"code":"overloaded"'),
            truncated,
            stats,
          };
        },
      })),
    setupClient(raw) {
      const client = raw as CannonClient;
      const path = () => client.requestIterator.currentRequest.path ?? '?';
      client.on('response', (status, _bytes, ms) => {
        const s: Seen = seen ?? { retryAfter: false, stackTrace: false, shed: false, truncated: false };
        seen = null;
        const endMs = now();
        events.push({ startMs: endMs - ms, endMs, path: path(), status, outcome: 'response', ...s });
      });
      const lost = (outcome: 'timeout' | 'error', waitedMs: number) => {
        const endMs = now();
        events.push({
          startMs: endMs - waitedMs,
          endMs,
          path: path(),
          status: 0,
          outcome,
          retryAfter: false,
          stackTrace: false,
          shed: false,
          truncated: false,
        });
      };
      client.on('timeout', () => lost('timeout', timeoutMs));
      client.on('connError', () => lost('error', 0));
    },
  };
}
