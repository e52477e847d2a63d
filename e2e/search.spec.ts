// Journey: a NAS researcher races three optimizers over two seeds in the browser and checks that the
// final table equals the CLI's numbers for the same settings (same core code, onnxruntime-node vs -web).
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { saveScreenshot } from './saveScreenshot';

interface CliRun {
  optimizer: string;
  seed: number;
  hypervolume: number;
  best: { code: string; reward: number };
}

/** float32 predictions of onnxruntime-web and -node may differ in the last bits. */
const close = (a: number, b: number) => Math.abs(a - b) <= 1e-5 * Math.max(Math.abs(a), Math.abs(b), 1e-12);

test('a race URL replays the CLI: same hypervolume, reward and architecture per run', async ({ page }) => {
  test.setTimeout(180_000);
  mkdirSync('test-results', { recursive: true });
  const out = 'test-results/search-e2e-cli.json';
  execFileSync(
    'npx',
    ['tsx', 'scripts/search.ts', '--optimizer', 'rs,re,reinforce', '--device', 'vck190', '--budget', '200', '--seeds', '1-2', '--out', out],
    { stdio: 'pipe' },
  );
  const cli = (JSON.parse(readFileSync(out, 'utf8')) as { runs: CliRun[] }).runs;
  expect(cli).toHaveLength(6);

  await page.goto('/search?o=rs,re,reinforce&seeds=2&metric=throughput_vck190&budget=200');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Search race');
  await expect(page.getByTestId('race-status')).toHaveAttribute('data-phase', 'done', { timeout: 90_000 });
  const rows = page.getByTestId('race-run');
  await expect(rows).toHaveCount(6);
  for (const run of cli) {
    const row = page.locator(`[data-testid="race-run"][data-optimizer="${run.optimizer}"][data-seed="${run.seed}"]`);
    const hv = Number(await row.getByTestId('hv').getAttribute('data-value'));
    const reward = Number(await row.getByTestId('reward').getAttribute('data-value'));
    expect(close(hv, run.hypervolume), `${run.optimizer} seed ${run.seed}: hypervolume ${hv} vs CLI ${run.hypervolume}`).toBe(true);
    expect(close(reward, run.best.reward), `${run.optimizer} seed ${run.seed}: reward ${reward} vs CLI ${run.best.reward}`).toBe(true);
    await expect(row.getByTestId('code')).toHaveText(run.best.code);
    // Every best architecture says where its prediction sits; an extrapolated one wears the badge.
    const ood = await row.getAttribute('data-ood');
    expect(['in', 'edge', 'far']).toContain(ood);
    await expect(row.getByTestId('extrapolated-badge')).toHaveCount(ood === 'in' ? 0 : 1);
  }
  const rate = Number(await page.getByTestId('race-rate').getAttribute('data-value'));
  console.log(`search worker: ${Math.round(rate)} evaluations/s (search + prediction) in Chromium`);

  const { violations } = await new AxeBuilder({ page }).analyze();
  const serious = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(
    serious.map(
      (v) =>
        `${v.id} (${v.impact}): ${v.nodes
          .slice(0, 3)
          .map((n) => n.target.join(' '))
          .join(' | ')}`,
    ),
  ).toEqual([]);
  await saveScreenshot(page, 'search');
});

test('a big race can be paused and resumed and finishes', async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto('/search?o=rs,re,reinforce,nsga2&seeds=3&metric=latency_zcu102&budget=2000');
  await expect(page.getByTestId('race-status')).toHaveAttribute('data-phase', /running|done/, { timeout: 30_000 });
  // The main thread answers while the worker races: a frame's worth of round trips stays short.
  const lag = await page.evaluate(async () => {
    let worst = 0;
    for (let i = 0; i < 20; i++) {
      const t = performance.now();
      await new Promise((r) => setTimeout(r, 0));
      worst = Math.max(worst, performance.now() - t);
      await new Promise((r) => requestAnimationFrame(r));
    }
    return worst;
  });
  // Responsiveness and evaluations/s are measured by `npm run bench`; here they are only reported.
  console.log(`main-thread worst round trip during the race: ${lag.toFixed(1)} ms`);
  await page.getByRole('button', { name: 'Pause' }).click();
  await expect(page.getByTestId('race-status')).toHaveAttribute('data-phase', 'paused');
  await page.getByRole('button', { name: 'Resume' }).click();
  await expect(page.getByTestId('race-status')).toHaveAttribute('data-phase', 'done', { timeout: 90_000 });
  const rate = Number(await page.getByTestId('race-rate').getAttribute('data-value'));
  console.log(`search worker, 12 runs × 2,000: ${Math.round(rate)} evaluations/s in Chromium`);
  expect(rate).toBeGreaterThan(0);
});

test('stored searches: the API lists them and /searches compares the per-device winners', async ({ page, request }) => {
  const list = (await (await request.get('/api/v1/searches?limit=500')).json()) as { searches: { id: number; metric: string }[] };
  expect((await request.get('/api/v1/searches?limit=501')).status()).toBe(400);
  expect((await request.get('/api/v1/searches/999999')).status()).toBe(404);
  await page.goto('/searches');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Stored searches');
  // scripts/start.ts stores the default searches before the server listens (e2e/searches-on-start.spec.ts).
  expect(list.searches.length).toBeGreaterThan(0);
  const one = (await (await request.get(`/api/v1/searches/${list.searches[0].id}`)).json()) as { front: unknown[] };
  expect(one.front.length).toBeGreaterThan(0);
  const metrics = new Set(list.searches.map((s) => s.metric));
  await expect(page.getByRole('heading', { name: 'Per-device winners, predicted everywhere' })).toBeVisible();
  await expect(page.getByRole('table').first().locator('tbody tr')).toHaveCount(metrics.size);
  // Each winner says where its predictions sit against the training data (in, edge or far).
  await expect(page.getByRole('table').first().locator('tbody tr[data-ood]')).toHaveCount(metrics.size);
  const { violations } = await new AxeBuilder({ page }).analyze();
  const serious = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(
    serious.map(
      (v) =>
        `${v.id}: ${v.nodes
          .slice(0, 3)
          .map((n) => n.target.join(' '))
          .join(' | ')}`,
    ),
  ).toEqual([]);
  await saveScreenshot(page, 'searches');
});
