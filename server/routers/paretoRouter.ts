// Measured Pareto fronts of accuracy against each device metric.
import 'server-only';
import { measuredParetoFront, measuredParetoInput, measuredPoints } from '../services/measuredParetoFront';
import { publicProcedure, router } from '../trpc/init';

export const paretoRouter = router({
  measured: publicProcedure.input(measuredParetoInput).query(({ ctx, input }) => measuredParetoFront(ctx.db, input)),
  points: publicProcedure.input(measuredParetoInput).query(({ ctx, input }) => measuredPoints(ctx.db, input)),
});
