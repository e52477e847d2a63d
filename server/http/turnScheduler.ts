// Starts queued HTTP requests at most perTurn (16) per event-loop turn, and one in a turn that accepted
// a connection, in arrival order.
//
// Why: libuv (since 1.45, in Node 20) accepts ONE new connection per turn of the event loop, and a turn
// runs every request whose bytes arrived. With 200 busy keep-alive connections on a saturated core a
// turn lasted ~100–200 ms, so a burst of new connections waited in the kernel's accept queue for up to
// 25 s (measured: the soak's only failures, all first requests of late-accepted connections). Handing
// requests to the app a bounded number per turn keeps every turn short, so accepting keeps pace; the
// order of requests is unchanged.
//
// perTurn = 16 by measurement on Next.js (autocannon, loopback, 2 cores): 2 per turn cost 20–25% of
// the requests/s at 50 connections (a turn has fixed costs, and a Next request spans several turns);
// 8–16 matched or beat no scheduler (tRPC stats ~1,100–1,250 req/s against ~1,120) while 200
// connections on one URL saw no timeout; 32 let a 200-connection burst wait up to 4.1 s again.
//
// Why one start in a turn that follows an accept: libuv takes one connection off the kernel's accept
// queue per turn, so a burst of 200 new connections needs 200 turns, and every request started in those
// turns lengthens them. A turn whose poll phase accepted a connection may have more waiting behind it, so
// it starts one request only; once a turn passes without a new connection, the queue is empty and turns
// go back to perTurn. Measured with 200 new connections on a warm server: the first request of a
// connection waited up to 4.5 s before (it is the soak's warm-up burst, and on a slower CI machine the
// cause of 31 timeouts over 10 s).
//
// Bounding the requests in flight as well (FIFO instead of sharing the CPU among all 200) was measured
// and dropped: at 16 or 32 the soak's throughput fell 10–25% and its tail did not shrink.
//
// Overload sheds instead of queueing without bound: a request that waited longer than maxWaitMs before
// its turn is answered 503 with Retry-After (the client, or a load balancer's retry, goes elsewhere or
// comes back) rather than started late for a client that has likely given up. Default 8 s: the soak's
// 200 connections on 2 cores saw at most 1.7–4.2 s of *total* latency across CI runs (queue wait is a
// part of it; 4.0 s in the run that added shedding, 0 shed at a 5 s bound), so a healthy instance under
// that load never sheds even on a slower machine, and 8 s is under common client timeouts (autocannon's
// 10 s, browsers' longer), leaving a shed client time to retry. Requests
// `priority` picks (the health route) skip the queue, so a load balancer sees a busy instance as alive.
import type { IncomingMessage, Server, ServerResponse } from 'node:http';

/** Default bound on a request's wait in the queue, in ms (see above); ANB_MAX_QUEUE_WAIT_MS overrides it in serve.ts. */
export const DEFAULT_MAX_QUEUE_WAIT_MS = 8000;

export type RequestHandler = (req: IncomingMessage, res: ServerResponse) => unknown;

export interface TurnSchedulerOptions {
  /** Requests started per turn (≥ 1; default 16, see above). */
  perTurn?: number;
  /** Called when a handler throws or rejects before answering (after the 500 is sent). */
  onError?: (error: unknown, req: IncomingMessage) => void;
  /** The turn boundary; setImmediate in production, injectable for tests. */
  defer?: (run: () => void) => void;
  /** A request that waited longer than this (ms) is answered 503 with Retry-After instead; default 8,000. */
  maxWaitMs?: number;
  /** Requests started at once, ahead of the queue (the health route). */
  priority?: (req: IncomingMessage) => boolean;
  /** Milliseconds clock; performance.now in production, injectable for tests. */
  now?: () => number;
}

export interface TurnScheduler {
  (req: IncomingMessage, res: ServerResponse): void;
  /** Requests received and not yet started. */
  readonly queued: number;
  /** Requests started (handed to the app) so far, priority ones included. */
  readonly served: number;
  /** Requests answered 503 because they waited longer than maxWaitMs. */
  readonly shed: number;
  /** Watches `server`'s new connections, so turns that accept one start a single request (see above). */
  watch(server: Pick<Server, 'on'>): void;
  /** What `watch` does on each new connection; callable directly where there is no server (tests). */
  connected(): void;
}

export function turnScheduler(handle: RequestHandler, options: TurnSchedulerOptions = {}): TurnScheduler {
  const perTurn = options.perTurn ?? 16;
  if (!Number.isInteger(perTurn) || perTurn < 1) throw new RangeError(`perTurn must be an integer ≥ 1, got ${perTurn}`);
  const defer = options.defer ?? ((run) => setImmediate(run));
  const maxWaitMs = options.maxWaitMs ?? DEFAULT_MAX_QUEUE_WAIT_MS;
  if (!(maxWaitMs > 0)) throw new RangeError(`maxWaitMs must be a positive number of milliseconds, got ${maxWaitMs}`);
  const retryAfterSeconds = String(Math.max(1, Math.ceil(maxWaitMs / 1000)));
  const now = options.now ?? (() => performance.now());
  // At most one waiting request per open connection (HTTP/1.1 without pipelining), so a few hundred
  // entries: Array#shift is as cheap as an index would be here.
  const queue: [IncomingMessage, ServerResponse, number][] = [];
  let served = 0;
  let shed = 0;
  let scheduled = false;
  /** A connection was accepted since the last turn: the accept queue may hold more. */
  let accepting = false;

  const fail = (error: unknown, req: IncomingMessage, res: ServerResponse) => {
    if (!res.headersSent && !res.destroyed) {
      res.statusCode = 500;
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify({ error: { code: 'internal', message: 'Internal server error; the problem has been logged.' } }));
    } else if (!res.writableEnded) {
      res.destroy();
    }
    options.onError?.(error, req);
  };

  const shedRequest = (res: ServerResponse) => {
    shed++;
    res.statusCode = 503;
    res.setHeader('content-type', 'application/json');
    res.setHeader('retry-after', retryAfterSeconds);
    res.end(
      JSON.stringify({
        error: {
          code: 'overloaded',
          message: `This instance is overloaded: the request waited over ${maxWaitMs} ms; retry after ${retryAfterSeconds} s.`,
        },
      }),
    );
  };

  const start = (req: IncomingMessage, res: ServerResponse) => {
    // A client that gave up while queued: nothing to answer.
    if (res.destroyed || req.socket.destroyed) return;
    served++;
    try {
      const result = handle(req, res);
      if (result instanceof Promise) result.catch((e) => fail(e, req, res));
    } catch (e) {
      fail(e, req, res);
    }
  };

  const turn = () => {
    scheduled = false;
    const budget = accepting ? 1 : perTurn;
    accepting = false;
    const t = now();
    for (let i = 0; i < budget && queue.length > 0; i++) {
      const [req, res, arrived] = queue.shift()!;
      if (t - arrived > maxWaitMs && !res.destroyed && !req.socket.destroyed) {
        // Shedding costs microseconds, so it does not use up the turn's budget.
        shedRequest(res);
        i--;
        continue;
      }
      start(req, res);
    }
    if (queue.length > 0) schedule();
  };

  const schedule = () => {
    if (scheduled) return;
    scheduled = true;
    defer(turn);
  };

  const scheduler = ((req: IncomingMessage, res: ServerResponse) => {
    if (options.priority?.(req)) return start(req, res);
    queue.push([req, res, now()]);
    schedule();
  }) as TurnScheduler;
  Object.defineProperty(scheduler, 'queued', { get: () => queue.length });
  Object.defineProperty(scheduler, 'served', { get: () => served });
  Object.defineProperty(scheduler, 'shed', { get: () => shed });
  scheduler.connected = () => {
    accepting = true;
    // A turn in this iteration clears the flag again, so it never outlives the accept that set it.
    schedule();
  };
  scheduler.watch = (server) => void server.on('connection', scheduler.connected);
  return scheduler;
}
