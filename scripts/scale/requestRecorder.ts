// What every client of test:scale's load (loadClients.ts) saw, one event per request: when it was sent,
// its route, status, timeout or connection error, and what its body reveals (a stack trace, a shed 503,
// the dataset version of /api/v1/stats with the record count it was computed from).

export interface ClientEvent {
  /** When the request was sent, ms since the epoch. */
  startMs: number;
  /** When its answer (or timeout, or error) came. */
  endMs: number;
  path: string;
  /** HTTP status; 0 when no whole response came (timeout or connection error). */
  status: number;
  outcome: 'response' | 'timeout' | 'error';
  /** For an error: the client's code for it (`UND_ERR_SOCKET`: the connection closed mid-response, …). */
  errorCode?: string;
  /** A 503 carried Retry-After. */
  retryAfter: boolean;
  /** The body holds a JavaScript stack frame. */
  stackTrace: boolean;
  /** A 503 from an instance's turn scheduler (`"code":"overloaded"`). */
  shed: boolean;
  /**
   * A 2xx whose body is complete by HTTP's framing yet cut short as content (JSON that does not parse, a
   * page without `</html>`). A body the connection lost mid-way is an `error`, not this.
   */
  truncated: boolean;
  /** /api/v1/stats: the version hash and the record count in the same body. */
  stats?: { version: string; records: number };
}

/** A stack frame as V8 prints it: `at fn (/path/file.js:12:34)` or `at /path/file.js:12:34`. */
const STACK_FRAME = /\bat (?:async )?(?:[\w$.<>[\]]+ )?\(?(?:\/|file:\/\/|node:|webpack)[^\s()'"]*:\d+:\d+\)?/;

export const hasStackTrace = (body: string): boolean => STACK_FRAME.test(body);

type Headers = Record<string, string | string[] | undefined>;

/** What a whole response reveals: the fields of a ClientEvent that its status, headers and body give. */
export function readResponse(
  path: string,
  status: number,
  headers: Headers,
  body: string,
): Pick<ClientEvent, 'retryAfter' | 'stackTrace' | 'shed' | 'truncated' | 'stats'> {
  let stats: ClientEvent['stats'];
  let truncated = false;
  if (status >= 200 && status < 300 && path.startsWith('/api/')) {
    try {
      const json = JSON.parse(body) as { version?: unknown; records?: unknown };
      if (path === '/api/v1/stats' && typeof json.version === 'string' && typeof json.records === 'number')
        stats = { version: json.version, records: json.records };
    } catch {
      truncated = true;
    }
  } else if (status >= 200 && status < 300 && !path.startsWith('/_next/') && !path.endsWith('.txt')) {
    truncated = !body.includes('</html>');
  }
  return {
    retryAfter: status === 503 && Object.keys(headers).some((k) => k.toLowerCase() === 'retry-after'),
    stackTrace: hasStackTrace(body),
    shed: status === 503 && body.includes('"code":"overloaded"'),
    truncated,
    ...(stats ? { stats } : {}),
  };
}

export interface RequestRecorder {
  events: ClientEvent[];
  response(path: string, startMs: number, status: number, headers: Headers, body: string): void;
  lost(path: string, startMs: number, outcome: 'timeout' | 'error', errorCode: string): void;
}

export function requestRecorder(now: () => number = Date.now): RequestRecorder {
  const events: ClientEvent[] = [];
  return {
    events,
    response(path, startMs, status, headers, body) {
      events.push({ startMs, endMs: now(), path, status, outcome: 'response', ...readResponse(path, status, headers, body) });
    },
    lost(path, startMs, outcome, errorCode) {
      events.push({
        startMs,
        endMs: now(),
        path,
        status: 0,
        outcome,
        ...(outcome === 'error' ? { errorCode } : {}),
        retryAfter: false,
        stackTrace: false,
        shed: false,
        truncated: false,
      });
    },
  };
}
