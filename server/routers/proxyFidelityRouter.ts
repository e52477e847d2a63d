// Reference recipe vs searched training proxy.
import 'server-only';
import { proxyFidelity } from '../services/proxyFidelity';
import { publicProcedure, router } from '../trpc/init';

export const proxyFidelityRouter = router({
  get: publicProcedure.query(({ ctx }) => proxyFidelity(ctx.db)),
});
