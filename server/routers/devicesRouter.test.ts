// devices.create / profile / profiles / remove through createCaller on a database of their own: a
// stored profile is content-addressed, its token is handed out once, only that token deletes it, and
// what is read back is derived from the measurements.
import { TRPCError } from '@trpc/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { syntheticProfile } from '@/core/profile/syntheticProfile';
import type { OpenedDatabase } from '@/server/db/openDatabase';
import { openTestDatabase } from '@/server/db/openTestDatabase';
import { createCaller } from '@/server/trpc/appRouter';

let opened: OpenedDatabase;
let api: ReturnType<typeof createCaller>;

beforeAll(async () => {
  opened = await openTestDatabase();
  api = createCaller({ db: opened.db, client: 'devices-router-test' });
}, 60_000);
afterAll(() => opened?.close());

const code = (e: unknown) => (e instanceof TRPCError ? e.code : String(e));

describe('devices: profiled devices', () => {
  it('stores a profile once, hands out its token once, and reads back the fit and the most similar ANB metrics', async () => {
    const profile = syntheticProfile({ name: '  Lab box ', noise: 0.02 });
    const first = await api.devices.create({ origin: 'cli', profile });
    expect(first.created).toBe(true);
    expect(first.device.id).toMatch(/^u[0-9a-f]{12}$/);
    expect(first.deleteToken).toMatch(/^[A-Za-z0-9_-]{32}$/);
    expect(first.device.name).toBe('Lab box');
    const [m] = first.device.metrics;
    expect(m).toMatchObject({ name: `${first.device.id}.latency`, unit: 'ms', direction: 'min', batch: 1, calibrationNetworks: 20 });
    expect(m.validation!.count).toBe(20);
    expect(m.validation!.within10).toBe(1);

    // The same content again (fields in another order) is the same profile: no second row, no token.
    const { measurements, ...rest } = profile;
    const reordered = JSON.parse(JSON.stringify({ measurements, ...rest }));
    const again = await api.devices.create({ origin: 'cli', profile: reordered });
    expect(again).toMatchObject({ created: false, deleteToken: null, device: { id: first.device.id } });
    expect((await api.devices.profiles()).filter((d) => d.id === first.device.id)).toHaveLength(1);

    const detail = await api.devices.profile({ id: first.device.id });
    expect(detail.fits[0].heldOut).toHaveLength(20);
    expect(detail.fits[0].mostLike).toHaveLength(8);
    const taus = detail.fits[0].mostLike.map((x) => x.tau);
    expect([...taus].sort((a, b) => b - a)).toEqual(taus);

    await expect(api.devices.remove({ id: first.device.id, token: 'A'.repeat(32) })).rejects.toSatisfy((e) => code(e) === 'FORBIDDEN');
    expect(await api.devices.remove({ id: first.device.id, token: first.deleteToken! })).toEqual({ id: first.device.id, deleted: true });
    await expect(api.devices.profile({ id: first.device.id })).rejects.toSatisfy((e) => code(e) === 'NOT_FOUND');
  });

  it('refuses a bad profile naming the field', async () => {
    const profile = syntheticProfile();
    const bad = { ...profile, measurements: [{ ...profile.measurements[0], batch: 4 }] };
    await expect(api.devices.create({ origin: 'browser', profile: bad })).rejects.toThrow(/batch/);
  });
});
