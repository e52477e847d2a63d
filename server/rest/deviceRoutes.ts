// REST routes over the devices people profiled (#12): the same services as the `devices` tRPC router.
import 'server-only';
import { z } from 'zod';
import { getDb } from '../db/getDb';
import { userDeviceSchema } from '../api/schemas';
import { MAX_DEVICE_BODY_BYTES } from '../http/bodyLimit';
import { DEVICE_WRITE_LIMITS, deviceWriteLimiter } from '../http/rateLimit';
import { createDeviceProfile, deleteDeviceProfile, deviceCreateInput, profileIdSchema } from '../services/deviceProfiles';
import { deviceProfileById } from '../services/deviceProfileDetail';
import { defineDeleteRoute, defineRoute, defineWriteRoute } from './restRoute';

const db = async () => (await getDb()).db;
const idParams = z.object({ id: profileIdSchema.describe('Profile id (u and 12 hex digits), from GET /api/v1/devices') });
const networkSchema = z.object({ code: z.string(), ms: z.number(), iqrMs: z.number() });

export const deviceProfileDetailSchema = userDeviceSchema.extend({
  profile: z
    .object({
      measurements: z.array(
        z.object({
          metric: z.enum(['latency', 'throughput']),
          batch: z.int(),
          kernels: z.record(z.string(), z.number()).describe('Median ms of each of the 168 MBConv kernels, by kernel key'),
          calibrationNetworks: z.array(networkSchema),
          heldOutNetworks: z.array(networkSchema),
        }),
      ),
    })
    .passthrough()
    .describe('The stored profile as posted (name, runtime, protocol, seconds and the measurements)'),
  fits: z.array(
    z.object({
      metric: z.enum(['latency', 'throughput']),
      batch: z.int(),
      heldOut: z
        .array(z.object({ code: z.string(), measured: z.number(), predicted: z.number() }))
        .describe("Held-out networks in the metric's unit: measured and predicted by the fit"),
      mostLike: z
        .array(z.object({ name: z.string(), tau: z.number() }))
        .describe(
          "ANB device metrics by Kendall τ against this device's measurements on the profiled networks (ANB side: surrogate predictions), best first",
        ),
    }),
  ),
});

export const deviceProfileRoute = defineRoute({
  path: '/api/v1/devices/{id}',
  operationId: 'getDeviceProfile',
  summary: 'One profiled device: its measurements, the fitted model, held-out validation and the ANB metrics it ranks most like',
  tag: 'devices',
  params: idParams,
  query: z.object({}),
  response: deviceProfileDetailSchema,
  run: async (p) => deviceProfileById(await db(), p.id),
});

const perMinute = (s: { perSecond: number }) => Math.round(s.perSecond * 60);

export const createDeviceRoute = defineWriteRoute({
  path: '/api/v1/devices',
  operationId: 'createDeviceProfile',
  summary: 'Store a device profile (kernel and whole-network timings) measured in a browser or with npm run profile-device',
  description:
    'Profiles are immutable and content-addressed: the id is a hash of the profile, and posting the same profile again returns ' +
    'the stored one (200, no token) instead of storing it twice (201). The 201 answer carries `deleteToken` once: keep it, it is ' +
    `the only way to delete the profile (DELETE /api/v1/devices/{id}). Body at most ${MAX_DEVICE_BODY_BYTES} bytes (413 beyond). ` +
    `Rate limit per client address: ${DEVICE_WRITE_LIMITS.perClient.capacity} at once, ${perMinute(DEVICE_WRITE_LIMITS.perClient)} per minute; ` +
    `all clients together ${perMinute(DEVICE_WRITE_LIMITS.global)} per minute (429 with Retry-After).`,
  tag: 'devices',
  body: deviceCreateInput,
  maxBodyBytes: MAX_DEVICE_BODY_BYTES,
  responses: { existing: 'Already stored: the stored profile, without a token', created: 'Stored: the profile and its delete token' },
  response: z.object({
    created: z.boolean(),
    device: userDeviceSchema,
    deleteToken: z
      .string()
      .nullable()
      .describe('Only in the 201 answer: the one token that can delete this profile; the server keeps only its hash'),
  }),
  run: async (body, client) => {
    deviceWriteLimiter().check(client);
    const r = await createDeviceProfile(await db(), body);
    return { created: r.created, body: r };
  },
});

export const deleteDeviceRoute = defineDeleteRoute({
  path: '/api/v1/devices/{id}',
  operationId: 'deleteDeviceProfile',
  summary: 'Delete a profiled device with the token given when it was stored',
  tag: 'devices',
  params: idParams,
  response: z.object({ id: z.string(), deleted: z.literal(true) }),
  run: async (p, token, client) => {
    deviceWriteLimiter().check(client);
    // A token of the wrong shape is simply not the token: 403 like any other mismatch.
    return deleteDeviceProfile(await db(), p.id, token);
  },
});
