// A permalink's dataset version: current, an older import compared count by count, or unknown.
import { describe, expect, it } from 'vitest';
import { datasetVersions } from '@/server/db/schema';
import { importedTestApi } from '@/server/trpc/importedTestApi';

const t = importedTestApi();

describe('compare.datasetVersion', () => {
  it('recognises the current version from a 12-character prefix', async () => {
    const { version } = await t.api.architectures.stats();
    const r = await t.api.compare.datasetVersion({ dv: version.slice(0, 12) });
    expect(r.status).toBe('current');
    expect(r.current.counts.records).toBe(5138);
  });

  it('says an unknown version cannot be compared', async () => {
    const r = await t.api.compare.datasetVersion({ dv: '000000000000' });
    expect(r).toMatchObject({ status: 'unknown', linked: null, changes: [] });
  });

  it('lists the counts that changed since an older import', async () => {
    const old = 'ab'.repeat(32);
    await t.opened.db.insert(datasetVersions).values({
      hash: old,
      imported_at: new Date('2024-01-01T00:00:00Z'),
      data_dir: '/old',
      record_count: 5000,
      architecture_count: 4990,
      duplicate_architecture_count: 10,
      train_count: 4000,
      val_count: 500,
      test_count: 500,
      unsplit_count: 0,
      proxy_run_count: 702,
      skipped_files: [],
      is_current: false,
    });
    const r = await t.api.compare.datasetVersion({ dv: old.slice(0, 12) });
    expect(r.status).toBe('older');
    expect(r.changes).toContainEqual({ what: 'records', from: 5000, to: 5138 });
    expect(r.changes.find((c) => c.what === 'proxy-fidelity runs')).toBeUndefined();
  });

  it('rejects a dv that is not hex', async () => {
    await expect(t.api.compare.datasetVersion({ dv: "zz'%" })).rejects.toThrow(/dv/);
  });
});
