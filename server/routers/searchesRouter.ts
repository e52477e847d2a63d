// Stored proxy searches (`npm run searches:store`): the list, one with its front, the per-device winners.
import 'server-only';
import { listSearches, searchById, searchByIdInput, searchesListInput, searchWinners } from '../services/searches';
import { searchWriteLimiter } from '../http/rateLimit';
import { createSearch, searchCreateInput } from '../services/searchesCreate';
import { publicProcedure, router } from '../trpc/init';

export const searchesRouter = router({
  list: publicProcedure.input(searchesListInput).query(({ ctx, input }) => listSearches(ctx.db, input)),
  byId: publicProcedure.input(searchByIdInput).query(({ ctx, input }) => searchById(ctx.db, input.id)),
  winners: publicProcedure.query(({ ctx }) => searchWinners(ctx.db)),
  /** POST /api/v1/searches as a mutation: same validation, same rate limit (shared buckets). */
  create: publicProcedure.input(searchCreateInput).mutation(async ({ ctx, input }) => {
    searchWriteLimiter().check(ctx.client ?? 'server');
    return createSearch(ctx.db, input);
  }),
});
