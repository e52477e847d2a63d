// Device profiles people measured (#12): store, read, list, delete. A profile is validated with
// core/profile/deviceProfile.ts and stored as measurements only; its fit, validation and which ANB
// device metric it ranks most like are derived on read (core/profile/fitDeviceProfile.ts and the
// server's surrogate, deviceProfileDetail.ts), so no stored number can disagree with the measurements.
// Profiles are immutable and content-addressed; the creator gets a delete token once and only its sha256
// is kept. No 'server-only': `npm run profile-device` stores through it outside Next.js.
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { desc, eq } from 'drizzle-orm';
import { z } from 'zod';
import { canonicalJson } from '@/core/profile/canonicalJson';
import { deviceProfileSchema, type DeviceProfile } from '@/core/profile/deviceProfile';
import { fitDeviceProfile } from '@/core/profile/fitDeviceProfile';
import { PROFILE_ID_PATTERN, profiledMetricSpec } from '@/core/profile/profiledMetric';
import type { Database } from '../db/openDatabase';
import { userDevices } from '../db/schema';
import { ServiceError } from './serviceError';

export const MAX_USER_DEVICES_LIST = 500;
export const profileIdSchema = z
  .string()
  .regex(PROFILE_ID_PATTERN, 'not a device profile id (u and 12 lowercase hex digits, e.g. u3fa9c2d1e0ab)');
/** A delete token as handed out: 32 base64url characters (24 random bytes). */
export const deleteTokenSchema = z
  .string()
  .regex(/^[A-Za-z0-9_-]{32}$/, 'not a delete token (32 characters of A–Z, a–z, 0–9, - and _, as given when the profile was stored)');

export const deviceCreateInput = z.strictObject({
  origin: z.enum(['browser', 'cli']).describe('Where the profile was measured: browser (onnxruntime-web) or cli (onnxruntime-node)'),
  profile: deviceProfileSchema,
});
export type DeviceCreateInput = z.infer<typeof deviceCreateInput>;

export const deviceDeleteInput = z.strictObject({ id: profileIdSchema, token: deleteTokenSchema });

const sha256 = (s: string | Buffer) => createHash('sha256').update(s).digest('hex');

/** The profile's id: `u` + the first 12 hex digits of the sha256 of its canonical JSON. */
export function profileId(profile: DeviceProfile): string {
  return `u${sha256(canonicalJson(profile)).slice(0, 12)}`;
}

type Row = typeof userDevices.$inferSelect;

/**
 * Parsed and fitted profiles by id. The id is the hash of the profile and a profile never changes, so an
 * entry stays right; without it every listing re-parsed and refitted every stored profile, and a
 * profile's page fitted its profile twice.
 */
const fittedById = new Map<string, { profile: DeviceProfile; fitted: ReturnType<typeof fitDeviceProfile> }>();
const FITTED_CACHE_SIZE = 200;

/** The stored profile of `row`, checked, and its fit (memoised by id). */
export function fittedProfile(row: Pick<Row, 'id' | 'profile'>) {
  let entry = fittedById.get(row.id);
  if (!entry) {
    const profile = deviceProfileSchema.parse(row.profile);
    entry = { profile, fitted: fitDeviceProfile(profile) };
    fittedById.set(row.id, entry);
    if (fittedById.size > FITTED_CACHE_SIZE) fittedById.delete(fittedById.keys().next().value!);
  }
  return entry;
}

/** What a listing shows of a profile: who measured what how, and each metric's validation. */
export function summary(row: Pick<Row, 'id' | 'name' | 'origin' | 'created_at' | 'profile'>) {
  const { profile, fitted } = fittedProfile(row);
  return {
    id: row.id,
    name: row.name,
    origin: row.origin,
    createdAt: row.created_at.toISOString(),
    runtime: profile.runtime,
    protocol: profile.protocol,
    seconds: profile.seconds,
    metrics: fitted.fits.map((f) => ({
      ...profiledMetricSpec(row.id, row.name, f.metric, f.batch),
      metric: f.metric,
      batch: f.batch,
      intercept: f.intercept,
      slope: f.slope,
      perLayer: f.perLayer,
      perGmac: f.perGmac,
      logResidualStd: f.logResidualStd,
      calibrationNetworks: profile.measurements.find((m) => m.metric === f.metric)!.calibrationNetworks.length,
      validation: f.validation,
    })),
  };
}
export type UserDeviceSummary = ReturnType<typeof summary>;

export async function createDeviceProfile(db: Database, input: DeviceCreateInput) {
  const id = profileId(input.profile);
  const token = randomBytes(24).toString('base64url');
  const inserted = await db
    .insert(userDevices)
    .values({
      id,
      name: input.profile.name,
      origin: input.origin,
      created_at: new Date(),
      profile: input.profile as unknown as Record<string, unknown>,
      delete_token_hash: sha256(token),
    })
    .onConflictDoNothing({ target: userDevices.id })
    .returning({ id: userDevices.id });
  // The same profile stored before: it is that one, and its token went to whoever stored it first.
  const device = await deviceSummaryById(db, id);
  return inserted.length > 0
    ? { created: true, device, deleteToken: token as string | null }
    : { created: false, device, deleteToken: null };
}

export async function rowById(db: Database, id: string): Promise<Row> {
  const rows = await db.select().from(userDevices).where(eq(userDevices.id, id)).limit(1);
  if (!rows[0]) throw new ServiceError('not_found', `No device profile with id ${id}; list them with GET /api/v1/devices.`);
  return rows[0];
}

export async function deviceSummaryById(db: Database, id: string): Promise<UserDeviceSummary> {
  return summary(await rowById(db, id));
}

export async function listUserDevices(db: Database, limit = MAX_USER_DEVICES_LIST): Promise<UserDeviceSummary[]> {
  const rows = await db
    .select({
      id: userDevices.id,
      name: userDevices.name,
      origin: userDevices.origin,
      created_at: userDevices.created_at,
      profile: userDevices.profile,
    })
    .from(userDevices)
    .orderBy(desc(userDevices.created_at), userDevices.id)
    .limit(limit);
  return rows.map(summary);
}

export async function deleteDeviceProfile(db: Database, id: string, token: string): Promise<{ id: string; deleted: true }> {
  const row = await rowById(db, id);
  const given = Buffer.from(sha256(token), 'hex');
  const stored = Buffer.from(row.delete_token_hash, 'hex');
  if (given.length !== stored.length || !timingSafeEqual(given, stored))
    throw new ServiceError(
      'forbidden',
      `The delete token does not match device profile ${id}; only the token given when it was stored can delete it.`,
    );
  await db.delete(userDevices).where(eq(userDevices.id, id));
  return { id, deleted: true };
}
