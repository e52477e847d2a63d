// The one HTTP entry for tRPC (server/trpc/trpcHttpHandler.ts). GET queries are answered by the
// server's direct handler before Next.js routes them (server/http/directApiHandler.ts); the rest come here.
import { trpcHttpHandler } from '@/server/trpc/trpcHttpHandler';

export const dynamic = 'force-dynamic';

export { trpcHttpHandler as GET, trpcHttpHandler as POST };
