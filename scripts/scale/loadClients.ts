// The load of test:scale: `connections` clients, each sending its next route as soon as it has read the
// previous answer, over keep-alive connections to one origin (nginx), every outcome handed to a
// RequestRecorder.
//
// Not autocannon (which the soak uses): autocannon 9 keeps one HTTP parser per client for its whole life
// and does not reset it when a connection ends. A response cut mid-body (the killed instance's requests
// in flight) left that parser waiting for the rest of the old body, so the client misread its next
// answers on the new connection and reported a timeout 10 s later, with nothing in nginx's log to match:
// the "unanswered requests" of earlier test:scale runs. Reproduced with one connection to a server that
// cuts its 50th body: 49 answers, then nothing but timeouts to the end of the run. undici fails the cut
// request with a socket error and reads the next answer on a fresh connection (loadClients.test.ts).
import { Pool, errors } from 'undici';
import type { RequestRecorder } from './requestRecorder';

export interface LoadOptions {
  origin: string;
  connections: number;
  paths: string[];
  /** A request without its whole answer after this long is a timeout (and its connection is closed). */
  timeoutMs: number;
  recorder: RequestRecorder;
}

export interface LoadRun {
  /** Requests sent so far. */
  sent(): number;
  /** Stops sending, waits for the requests in flight, closes the connections; resolves to requests sent. */
  stop(): Promise<number>;
}

function errorCode(e: unknown): string {
  if (e instanceof errors.UndiciError) return e.code;
  const code = (e as { code?: unknown })?.code;
  return typeof code === 'string' ? code : ((e as Error)?.name ?? 'unknown');
}

export function startLoad({ origin, connections, paths, timeoutMs, recorder }: LoadOptions): LoadRun {
  const pool = new Pool(origin, { connections, pipelining: 1, headersTimeout: timeoutMs, bodyTimeout: timeoutMs });
  let stopping = false;
  let sent = 0;
  async function client(first: number) {
    // Clients start at different routes so the mix is even from the first second.
    for (let k = first; !stopping; k++) {
      const path = paths[k % paths.length];
      const startMs = Date.now();
      const signal = AbortSignal.timeout(timeoutMs);
      sent++;
      try {
        const res = await pool.request({ origin, path, method: 'GET', signal });
        const body = await res.body.text();
        recorder.response(path, startMs, res.statusCode, res.headers, body);
      } catch (e) {
        const timedOut = signal.aborted || e instanceof errors.HeadersTimeoutError || e instanceof errors.BodyTimeoutError;
        recorder.lost(path, startMs, timedOut ? 'timeout' : 'error', timedOut ? 'timeout' : errorCode(e));
      }
    }
  }
  const clients = Array.from({ length: connections }, (_, i) => client(i));
  return {
    sent: () => sent,
    async stop() {
      stopping = true;
      await Promise.all(clients);
      await pool.close();
      return sent;
    },
  };
}
