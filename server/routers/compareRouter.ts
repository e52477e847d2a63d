// Accelerators side by side: rank flips between two devices, their metrics against each other and the
// genes behind the flips, the best architecture per device above an accuracy threshold, gene-level
// design rules, and which dataset version a permalink was made on.
import 'server-only';
import { bestPerDevice, bestPerDeviceInput } from '../services/bestPerDevice';
import { datasetVersionDiff, datasetVersionInput } from '../services/datasetVersionDiff';
import { designRules } from '../services/designRules';
import { devicePair, devicePairInput } from '../services/devicePair';
import { rankFlip, rankFlipInput } from '../services/rankFlip';
import { rankFlipGenes, rankFlipGenesInput } from '../services/rankFlipGenes';
import { publicProcedure, router } from '../trpc/init';

export const compareRouter = router({
  rankFlip: publicProcedure.input(rankFlipInput).query(({ ctx, input }) => rankFlip(ctx.db, input)),
  devicePair: publicProcedure.input(devicePairInput).query(({ ctx, input }) => devicePair(ctx.db, input)),
  rankFlipGenes: publicProcedure.input(rankFlipGenesInput).query(({ ctx, input }) => rankFlipGenes(ctx.db, input)),
  bestPerDevice: publicProcedure.input(bestPerDeviceInput).query(({ ctx, input }) => bestPerDevice(ctx.db, input)),
  designRules: publicProcedure.query(({ ctx }) => designRules(ctx.db)),
  datasetVersion: publicProcedure.input(datasetVersionInput).query(({ ctx, input }) => datasetVersionDiff(ctx.db, input)),
});
