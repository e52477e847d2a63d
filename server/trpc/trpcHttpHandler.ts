// The HTTP side of tRPC, for its route (app/api/trpc/[trpc]/route.ts) and, for GET queries, the server's
// direct handler (server/http/directApiHandler.ts). POST bodies (mutations, batched calls) are read with
// the same 16 KiB cap as the REST write routes (64 KiB for devices.create alone, as for POST
// /api/v1/devices) before tRPC sees them; the client's address keys the rate limits.
import 'server-only';
import { fetchRequestHandler } from '@trpc/server/adapters/fetch';
import { getHTTPStatusCodeFromError } from '@trpc/server/http';
import { getDb } from '../db/getDb';
import { MAX_BODY_BYTES, MAX_DEVICE_BODY_BYTES, readBodyCapped } from '../http/bodyLimit';
import { clientKey } from '../http/rateLimit';
import { ServiceError } from '../services/serviceError';
import { appRouter } from './appRouter';
import { trpcError } from './trpcError';

/** A tRPC request (GET query or POST) as a Fetch Request, answered as a Fetch Response. */
export async function trpcHttpHandler(req: Request): Promise<Response> {
  let request = req;
  if (req.method === 'POST') {
    try {
      // A device profile is larger than anything else the app sends: only its mutation gets the larger cap.
      const path = new URL(req.url).pathname.slice('/api/trpc/'.length);
      const body = await readBodyCapped(req, path === 'devices.create' ? MAX_DEVICE_BODY_BYTES : MAX_BODY_BYTES);
      request = new Request(req.url, { method: 'POST', headers: req.headers, body });
    } catch (e) {
      if (!(e instanceof ServiceError)) throw e;
      // readBodyCapped throws payload_too_large only: PAYLOAD_TOO_LARGE, 413.
      const error = trpcError(e);
      const status = getHTTPStatusCodeFromError(error);
      return Response.json(
        { error: { message: e.message, code: -32600, data: { code: error.code, httpStatus: status } } },
        { status, headers: { 'Cache-Control': 'no-store' } },
      );
    }
  }
  return fetchRequestHandler({
    endpoint: '/api/trpc',
    req: request,
    router: appRouter,
    createContext: async () => ({ db: (await getDb()).db, client: clientKey(req.headers) }),
    responseMeta({ errors }) {
      const limited = errors.find(
        (e) => (e.code === 'TOO_MANY_REQUESTS' || e.code === 'SERVICE_UNAVAILABLE') && e.cause instanceof ServiceError,
      );
      const s = (limited?.cause as ServiceError | undefined)?.details as { retryAfterSeconds?: number } | undefined;
      return s?.retryAfterSeconds ? { headers: new Headers({ 'Retry-After': String(s.retryAfterSeconds) }) } : {};
    },
    onError({ error }) {
      if (error.code === 'INTERNAL_SERVER_ERROR') console.error('[trpc] internal error', error);
    },
  });
}
