// The six accelerators and how differently they rank the same architectures.
import 'server-only';
import { deviceRankCorrelation } from '../services/deviceRankCorrelation';
import { listDevices } from '../services/listDevices';
import { publicProcedure, router } from '../trpc/init';

export const devicesRouter = router({
  list: publicProcedure.query(({ ctx }) => listDevices(ctx.db)),
  rankCorrelation: publicProcedure.query(({ ctx }) => deviceRankCorrelation(ctx.db)),
});
