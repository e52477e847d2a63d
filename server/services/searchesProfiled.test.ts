// `npm run search -- --device <profile id>`'s search on a profile stored in a test database: the runs
// are the seeded core searches, every hardware value is the stored profile's prediction, the median
// is the stated sample's, and an unknown id or an unprofiled metric is a ServiceError naming the fix.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fitDeviceProfile, predictProfiled } from '@/core/profile/fitDeviceProfile';
import { profiledMedian } from '@/core/profile/profiledMedian';
import { syntheticProfile } from '@/core/profile/syntheticProfile';
import { parseArchitectureCode } from '@/core/space/architectureCode';
import type { OpenedDatabase } from '@/server/db/openDatabase';
import { openTestDatabase } from '@/server/db/openTestDatabase';
import { createDeviceProfile } from './deviceProfiles';
import { profiledSearchDevice, runProfiledSearch } from './searchesProfiled';

let opened: OpenedDatabase;
let id: string;
const profile = syntheticProfile({ name: 'Search box', seed: 4 });
const [fit] = fitDeviceProfile(profile).fits;

beforeAll(async () => {
  opened = await openTestDatabase();
  id = (await createDeviceProfile(opened.db, { origin: 'cli', profile })).device.id;
}, 60_000);
afterAll(() => opened?.close());

const predicted = (code: string) => {
  const r = parseArchitectureCode(code);
  if (!r.ok) throw new Error(code);
  return predictProfiled(fit, r.value).mean;
};

describe('searches against a profiled device', () => {
  it("runs the seeded search with the stored profile's predictions as the hardware objective", async () => {
    const device = await profiledSearchDevice(opened.db, id, null);
    expect(device).toMatchObject({ id, name: 'Search box', batch: 1, spec: { name: `${id}.latency`, unit: 'ms', direction: 'min' } });
    expect(device.median).toBe(profiledMedian(fit));
    const args = { optimizers: ['re', 'rs'] as const, accuracy: 'val_top1' as const, budget: 60, seeds: [1, 2], models: 'public/models' };
    const out = await runProfiledSearch({ ...args, optimizers: [...args.optimizers] }, device);
    expect(out.device).toMatchObject({ id, name: 'Search box', metric: `${id}.latency`, median: device.median });
    expect(out.runs).toHaveLength(4);
    for (const run of out.runs) {
      expect(run.metric).toBe(`${id}.latency`);
      expect(run.settings).toMatchObject({ hardwareDirection: 'min', reward: { target: device.median, w: -0.07 } });
      expect(run.trajectory.hardware).toEqual(run.trajectory.codes.map(predicted));
      expect(run.best.hardware).toBe(predicted(run.best.code));
      // Latency in ms on this synthetic device: 2 + 1.5 × Σ kernels, a few to tens of ms.
      expect(run.best.hardware).toBeGreaterThan(1);
      expect(run.best.hardware).toBeLessThan(100);
    }
    // Seeded: the same request gives the same runs.
    const again = await runProfiledSearch({ ...args, optimizers: ['re'], seeds: [1] }, device);
    expect(again.runs[0].best).toEqual(out.runs[0].best);
  }, 120_000);

  it('names an unknown id and a metric the device was not profiled for', async () => {
    await expect(profiledSearchDevice(opened.db, 'u000000000000', null)).rejects.toMatchObject({
      code: 'not_found',
      message: expect.stringMatching(/No device profile with id u000000000000/),
    });
    await expect(profiledSearchDevice(opened.db, id, 'throughput')).rejects.toMatchObject({
      code: 'bad_request',
      message: `Device Search box (${id}) was not profiled for throughput; it has latency. Pass --metric latency.`,
    });
  });
});
