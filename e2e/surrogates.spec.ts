// Journey: a researcher checks how far to trust the surrogates: the validation page shows, for every
// target, test-split metrics that equal the server's computation and the training report's, the
// predicted-vs-measured scatter, the interval calibration and its coverage by distance from the data.
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { saveScreenshot } from './saveScreenshot';

test('/surrogates renders the validation plots with the real metrics', async ({ page, request }) => {
  const res = await request.get('/api/trpc/predict.validation');
  expect(res.ok()).toBe(true);
  const v = (await res.json()).result.data as {
    split: { kind: string };
    distanceBins: { n: number }[];
    targets: {
      name: string;
      metrics: { r2: number; kendall_tau: number; n_test: number };
      trained: { r2: number; kendall_tau: number } | null;
      points: unknown[];
      differences: { bins: { coverage90: number | null }[] };
    }[];
  };
  expect(v.targets).toHaveLength(11);

  await page.goto('/surrogates');
  await expect(page.getByRole('heading', { level: 1, name: 'Surrogates' })).toBeVisible();
  const table = page.getByTestId('surrogate-metrics');
  await expect(table.locator('tbody tr')).toHaveCount(11);
  for (const t of v.targets) {
    const shown = Number(await page.getByTestId(`r2-${t.name}`).getAttribute('data-value'));
    expect(shown).toBeCloseTo(t.metrics.r2, 12);
    // The pipeline evaluated the same test split when it trained the model.
    if (v.split.kind === 'paper' && t.trained) {
      expect(t.metrics.r2).toBeCloseTo(t.trained.r2, 3);
      expect(t.metrics.kendall_tau).toBeCloseTo(t.trained.kendall_tau, 3);
    }
  }
  const scatter = page.getByTestId('validation-scatter');
  await expect(scatter).toHaveAttribute('data-points', String(v.targets[0].points.length));
  // One disc (one move, "M") per test architecture in the points' single path.
  const drawn = (await scatter.getByTestId('validation-points').getAttribute('d')) ?? '';
  expect(drawn.split('M').length - 1).toBe(v.targets[0].points.length);

  // Coverage by distance from the training data: every test architecture sits in exactly one bin.
  await expect(page.getByRole('heading', { name: 'Coverage by distance from the training data' })).toBeVisible();
  await expect(page.getByTestId('coverage-by-distance').locator('svg[role="img"]')).toBeVisible();
  const binRows = page.getByTestId('coverage-by-distance-table').locator('tbody tr');
  await expect(binRows).toHaveCount(v.distanceBins.length);
  const binCounts = (await binRows.evaluateAll((rows) => rows.map((r) => r.getAttribute('data-n')))).map(Number);
  expect(binCounts.reduce((s, n) => s + n, 0)).toBe(512);
  expect(v.distanceBins.reduce((s, b) => s + b.n, 0)).toBe(512);

  // Predicted differences: one row per target, the served model's coverage of measured differences by genes apart.
  const diff = page.getByTestId('difference-coverage');
  await expect(diff.locator('tbody tr')).toHaveCount(11);
  const top1 = diff.locator('tbody tr[data-target="val_top1"] td[data-coverage]');
  const shownCoverage = (await top1.evaluateAll((cells) => cells.map((c) => c.getAttribute('data-coverage')))).map(Number);
  expect(shownCoverage).toEqual(v.targets.find((t) => t.name === 'val_top1')!.differences.bins.map((b) => b.coverage90));
  // The nearest pairs, where the floor was calibrated (on validation pairs), are covered near 90%.
  expect(shownCoverage[0]).toBeGreaterThan(0.85);

  // Choosing another target is in the URL.
  await page.getByRole('button', { name: 'Latency ZCU102' }).click();
  await expect(page).toHaveURL(/target=latency_zcu102/);
  const lat = v.targets.find((t) => t.name === 'latency_zcu102')!;
  // The server sends the chosen target's points.
  await expect(scatter).toHaveAttribute('data-target', 'latency_zcu102');
  await expect(scatter).toHaveAttribute('data-points', String(lat.points.length));
  await page.reload();
  await expect(page.getByRole('combobox', { name: 'Target' })).toHaveValue('latency_zcu102');

  const axe = await new AxeBuilder({ page }).analyze();
  expect(axe.violations.filter((x) => x.impact === 'serious' || x.impact === 'critical')).toEqual([]);
  await saveScreenshot(page, 'surrogates');
});

test('GET /api/v1/predict returns all 11 targets with std for EfficientNet-B0', async ({ request }) => {
  const r = await request.get('/api/v1/predict?arch=1311-6321-6521-6331-6531-6541-6311');
  expect(r.status()).toBe(200);
  const body = await r.json();
  expect(Object.keys(body.predictions)).toHaveLength(11);
  for (const p of Object.values(body.predictions) as { mean: number; std: number }[]) expect(p.std).toBeGreaterThan(0);
  expect(body.surrogateVersion).toMatch(/^[0-9a-f]{64}$/);
  const bad = await request.get('/api/v1/predict?arch=1311-9311-6521-6331-6531-6541-6311');
  expect(bad.status()).toBe(400);
  expect((await bad.json()).error.message).toMatch(/Block 1 expansion is 9/);
});
