// The one HTTP entry for tRPC. POST bodies (mutations, batched calls) are read with the same 16 KiB
// cap as the REST write routes before tRPC sees them; the client's address keys the rate limits.
import { fetchRequestHandler } from '@trpc/server/adapters/fetch';
import { getDb } from '@/server/db/getDb';
import { readBodyCapped } from '@/server/http/bodyLimit';
import { clientKey } from '@/server/http/rateLimit';
import { ApiError } from '@/server/rest/apiError';
import { appRouter } from '@/server/trpc/appRouter';

export const dynamic = 'force-dynamic';

async function handler(req: Request) {
  let request = req;
  if (req.method === 'POST') {
    try {
      const body = await readBodyCapped(req);
      request = new Request(req.url, { method: 'POST', headers: req.headers, body });
    } catch (e) {
      if (!(e instanceof ApiError)) throw e;
      return Response.json(
        { error: { message: e.message, code: -32600, data: { code: 'PAYLOAD_TOO_LARGE', httpStatus: e.status } } },
        { status: e.status, headers: { 'Cache-Control': 'no-store' } },
      );
    }
  }
  return fetchRequestHandler({
    endpoint: '/api/trpc',
    req: request,
    router: appRouter,
    createContext: async () => ({ db: (await getDb()).db, client: clientKey(req.headers) }),
    responseMeta({ errors }) {
      const limited = errors.find((e) => e.code === 'TOO_MANY_REQUESTS' && e.cause instanceof ApiError);
      const s = (limited?.cause as ApiError | undefined)?.details as { retryAfterSeconds?: number } | undefined;
      return s?.retryAfterSeconds ? { headers: new Headers({ 'Retry-After': String(s.retryAfterSeconds) }) } : {};
    },
    onError({ error }) {
      if (error.code === 'INTERNAL_SERVER_ERROR') console.error('[trpc] internal error', error);
    },
  });
}

export { handler as GET, handler as POST };
