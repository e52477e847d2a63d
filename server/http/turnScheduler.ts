// Starts queued HTTP requests at most perTurn (16) per event-loop turn, in arrival order.
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
import type { IncomingMessage, ServerResponse } from 'node:http';

export type RequestHandler = (req: IncomingMessage, res: ServerResponse) => unknown;

export interface TurnSchedulerOptions {
  /** Requests started per turn (≥ 1; default 16, see above). */
  perTurn?: number;
  /** Called when a handler throws or rejects before answering (after the 500 is sent). */
  onError?: (error: unknown, req: IncomingMessage) => void;
  /** The turn boundary; setImmediate in production, injectable for tests. */
  defer?: (run: () => void) => void;
}

export interface TurnScheduler {
  (req: IncomingMessage, res: ServerResponse): void;
  /** Requests received and not yet started. */
  readonly queued: number;
}

export function turnScheduler(handle: RequestHandler, options: TurnSchedulerOptions = {}): TurnScheduler {
  const perTurn = options.perTurn ?? 16;
  if (!Number.isInteger(perTurn) || perTurn < 1) throw new RangeError(`perTurn must be an integer ≥ 1, got ${perTurn}`);
  const defer = options.defer ?? ((run) => setImmediate(run));
  // At most one waiting request per open connection (HTTP/1.1 without pipelining), so a few hundred
  // entries: Array#shift is as cheap as an index would be here.
  const queue: [IncomingMessage, ServerResponse][] = [];
  let scheduled = false;

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

  const start = (req: IncomingMessage, res: ServerResponse) => {
    // A client that gave up while queued: nothing to answer.
    if (res.destroyed || req.socket.destroyed) return;
    try {
      const result = handle(req, res);
      if (result instanceof Promise) result.catch((e) => fail(e, req, res));
    } catch (e) {
      fail(e, req, res);
    }
  };

  const turn = () => {
    scheduled = false;
    for (let i = 0; i < perTurn && queue.length > 0; i++) {
      const [req, res] = queue.shift()!;
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
    queue.push([req, res]);
    schedule();
  }) as TurnScheduler;
  Object.defineProperty(scheduler, 'queued', { get: () => queue.length });
  return scheduler;
}
