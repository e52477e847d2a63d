// The six ANB accelerators, how differently they rank the same architectures, and the devices people
// profiled themselves (#12): list, one with its fit, store, delete with the token.
import 'server-only';
import { z } from 'zod';
import { deviceWriteLimiter } from '../http/rateLimit';
import { deviceRankCorrelationWith, rankCorrelationInput } from '../services/deviceRankCorrelation';
import {
  createDeviceProfile,
  deleteDeviceProfile,
  deviceCreateInput,
  deviceDeleteInput,
  listUserDevices,
  profileIdSchema,
} from '../services/deviceProfiles';
import { deviceProfileById } from '../services/deviceProfileDetail';
import { listDevices } from '../services/listDevices';
import { publicProcedure, router } from '../trpc/init';

export const devicesRouter = router({
  list: publicProcedure.query(({ ctx }) => listDevices(ctx.db)),
  /** With `profiled`, profiled devices' metrics join the matrix (their values: the profile's predictions). */
  rankCorrelation: publicProcedure.input(rankCorrelationInput).query(({ ctx, input }) => deviceRankCorrelationWith(ctx.db, input)),
  /** Profiled devices, newest first. */
  profiles: publicProcedure.query(({ ctx }) => listUserDevices(ctx.db)),
  /** One profiled device: its measurements, fit, held-out validation and most similar ANB metrics. */
  profile: publicProcedure.input(z.strictObject({ id: profileIdSchema })).query(({ ctx, input }) => deviceProfileById(ctx.db, input.id)),
  /** POST /api/v1/devices as a mutation: same validation, same rate limit (shared buckets). */
  create: publicProcedure.input(deviceCreateInput).mutation(async ({ ctx, input }) => {
    deviceWriteLimiter().check(ctx.client ?? 'server');
    return createDeviceProfile(ctx.db, input);
  }),
  /** DELETE /api/v1/devices/{id} as a mutation: only with the token handed out when it was stored. */
  remove: publicProcedure.input(deviceDeleteInput).mutation(async ({ ctx, input }) => {
    deviceWriteLimiter().check(ctx.client ?? 'server');
    return deleteDeviceProfile(ctx.db, input.id, input.token);
  }),
});
