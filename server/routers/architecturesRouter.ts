// The measured dataset: list with filters/sort/cursor, every record as columns, one architecture by code,
// statistics.
import 'server-only';
import { z } from 'zod';
import { architectureListInput } from '../api/architectureQuery';
import { architectureByCode } from '../services/architectureByCode';
import { datasetStats } from '../services/datasetStats';
import { listArchitecturesFromSnapshot } from '../services/listArchitecturesFromSnapshot';
import { measuredColumns } from '../services/measuredColumns';
import { publicProcedure, router } from '../trpc/init';

export const architecturesRouter = router({
  list: publicProcedure.input(architectureListInput).query(({ ctx, input }) => listArchitecturesFromSnapshot(ctx.db, input)),
  columns: publicProcedure.query(({ ctx }) => measuredColumns(ctx.db)),
  byCode: publicProcedure
    .input(z.strictObject({ code: z.string().min(1).max(64) }))
    .query(({ ctx, input }) => architectureByCode(ctx.db, input.code)),
  stats: publicProcedure.query(({ ctx }) => datasetStats(ctx.db)),
});
