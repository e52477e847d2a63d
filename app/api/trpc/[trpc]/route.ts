// The one HTTP entry for tRPC.
import { fetchRequestHandler } from '@trpc/server/adapters/fetch';
import { getDb } from '@/server/db/getDb';
import { appRouter } from '@/server/trpc/appRouter';

export const dynamic = 'force-dynamic';

function handler(req: Request) {
  return fetchRequestHandler({
    endpoint: '/api/trpc',
    req,
    router: appRouter,
    createContext: async () => ({ db: (await getDb()).db }),
    onError({ error }) {
      if (error.code === 'INTERNAL_SERVER_ERROR') console.error('[trpc] internal error', error);
    },
  });
}

export { handler as GET, handler as POST };
