// /compare with a profiled device (#12): rank flips, the scatter, the gene effects and the matrix read
// its values as the stored profile's predictions (core's fit, the same the browser uses); an unknown id
// is a not-found naming it, never a crash or an empty answer.
import { TRPCError } from '@trpc/server';
import { describe, expect, it } from 'vitest';
import { kendallTauB } from '@/core/metrics/rankCorrelation';
import { fitDeviceProfile, predictProfiled } from '@/core/profile/fitDeviceProfile';
import { syntheticProfile } from '@/core/profile/syntheticProfile';
import { parseArchitectureCode } from '@/core/space/architectureCode';
import { createCaller } from '@/server/trpc/appRouter';
import { importedTestApi } from '@/server/trpc/importedTestApi';

const t = importedTestApi({ dataset: true });
const profile = syntheticProfile({ name: 'Compare box', seed: 5 });
const [fit] = fitDeviceProfile(profile).fits;
const predicted = (code: string) => {
  const a = parseArchitectureCode(code);
  if (!a.ok) throw new Error(code);
  return predictProfiled(fit, a.value).mean;
};
const code = (e: unknown) => (e instanceof TRPCError ? e.code : String(e));

async function stored() {
  const api = createCaller({ db: t.opened.db, client: 'device-metric-reader-test' });
  const r = await api.devices.create({ origin: 'cli', profile });
  return { api, id: r.device.id, token: r.deleteToken };
}

describe('compare with a profiled device', () => {
  it('ranks the most accurate architectures on its predictions, against an ANB device', async () => {
    const { api, id, token } = await stored();
    const b = `${id}.latency` as const;
    const r = await api.compare.rankFlip({ a: 'throughput_a100', b, n: 30 });
    expect(r.n).toBe(30);
    expect(r.profiled).toEqual({ a: false, b: true });
    expect(r.labels.b).toBe('Latency Compare box (profiled)');
    for (const item of r.items) expect(item.valueB).toBe(predicted(item.code));
    // Lowest predicted latency is rank 1 on B.
    expect(r.items.find((i) => i.rankB === 1)!.valueB).toBe(Math.min(...r.items.map((i) => i.valueB)));
    expect(r.kendallTau).toBeCloseTo(
      kendallTauB(
        r.items.map((i) => i.valueA),
        r.items.map((i) => -i.valueB),
      ),
      12,
    );

    const pair = await api.compare.devicePair({ a: b, b: 'latency_vck190' });
    // Every record has a prediction; VCK190 latency is measured for every record too.
    expect(pair.n).toBe(t.data.records.filter((x) => x.perf.latency_vck190.mean !== null).length);
    expect(pair.units).toEqual({ a: 'ms', b: 'ms' });
    expect(pair.valuesA[7]).toBe(predicted(pair.codes[7]));

    const m = await api.devices.rankCorrelation({ profiled: [b] });
    expect(m.metrics).toHaveLength(10);
    expect(m.metrics[9]).toBe(b);
    expect(m.profiled).toEqual([{ name: b, label: 'Latency Compare box (profiled)', short: 'Compare box lat.' }]);
    // Its row against top-1 covers every record (each has a prediction); the ANB block is unchanged.
    expect(m.n[9][0]).toBe(t.data.records.length);
    const anb = await api.devices.rankCorrelation();
    expect(m.spearman.slice(0, 9).map((row) => row.slice(0, 9))).toEqual(anb.spearman);
    expect(m.kendall[9][9]).toBe(1);
    expect(m.kendall[9][4]).toBe(m.kendall[4][9]);
    expect(Math.abs(m.kendall[9][4])).toBeLessThanOrEqual(1);

    await api.devices.remove({ id, token: token! });
    await expect(api.compare.rankFlip({ a: 'throughput_a100', b, n: 30 })).rejects.toSatisfy(
      (e) => code(e) === 'NOT_FOUND' && /No device profile with id u/.test((e as Error).message),
    );
    await expect(api.devices.rankCorrelation({ profiled: [b] })).rejects.toSatisfy((e) => code(e) === 'NOT_FOUND');
  }, 60_000);

  it('refuses a malformed name, a metric the device was not profiled for, and an ANB metric as profiled', async () => {
    const { api, id, token } = await stored();
    await expect(api.compare.rankFlip({ a: 'throughput_h100' as 'throughput_a100', b: 'latency_vck190', n: 10 })).rejects.toThrow(
      /not a device metric/,
    );
    await expect(api.compare.devicePair({ a: `${id}.throughput`, b: 'latency_vck190' })).rejects.toThrow(/no throughput measurements/);
    await expect(api.devices.rankCorrelation({ profiled: ['latency_vck190'] })).rejects.toThrow(/in the matrix already/);
    await api.devices.remove({ id, token: token! });
  }, 60_000);
});
