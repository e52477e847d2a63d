// Journey: a NAS researcher checks that ANB's cheap training proxy ranks architectures like the
// reference recipe — τ per seed and pooled equal the API's, seed noise beside it, seed in the URL.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { saveScreenshot } from './saveScreenshot';

async function expectNoSeriousAxeViolations(page: Page) {
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
}

interface Agreement {
  n: number;
  kendallTau: number;
  spearman: number;
}
interface Fidelity {
  seeds: number[];
  architectures: number;
  perSeed: (Agreement & { seed: number; costRatio: number })[];
  pooledMeans: Agreement;
  pooledPairs: Agreement;
  seedToSeed: (Agreement & { recipe: string; seeds: number[] })[];
  costRatio: number;
}

test('proxy fidelity shows the API τ per seed, pooled and against seed noise', async ({ page, request }) => {
  const p = (await (await request.get('/api/v1/proxy-fidelity')).json()) as Fidelity;
  await page.goto('/proxy');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Proxy fidelity');
  await expect(page.getByTestId('proxy-architectures')).toHaveText(String(p.architectures));
  await expect(page.getByTestId('proxy-cost-ratio')).toHaveText(`${p.costRatio.toFixed(2)}×`);
  for (const s of p.perSeed) {
    await expect(page.getByTestId(`proxy-seed-${s.seed}-tau`)).toHaveText(s.kendallTau.toFixed(3));
    await expect(page.getByTestId(`proxy-seed-${s.seed}-rho`)).toHaveText(s.spearman.toFixed(3));
  }
  await expect(page.getByTestId('proxy-pooled-means-tau')).toHaveText(p.pooledMeans.kendallTau.toFixed(3));
  await expect(page.getByTestId('proxy-pooled-pairs-tau')).toHaveText(p.pooledPairs.kendallTau.toFixed(3));
  // The ceiling section renders when scrolled near (below the fold).
  await page.locator('#ceiling').scrollIntoViewIfNeeded();
  await expect(page.getByTestId('proxy-noise').locator('tbody tr')).toHaveCount(p.seedToSeed.length);
  for (const s of p.seedToSeed) {
    await expect(page.getByTestId(`noise-${s.recipe}-${s.seeds.join('-')}-tau`)).toHaveText(s.kendallTau.toFixed(3));
  }

  // One point per architecture compared; the seed shown is URL state.
  await expect(page.getByTestId('proxy-scatter').locator('circle')).toHaveCount(p.architectures);
  expect((await page.getByRole('region', { name: /proxy fidelity scatter/ }).boundingBox())!.height).toBeGreaterThan(280);
  await expect(page.getByTestId('scatter-tau')).toHaveText(p.pooledMeans.kendallTau.toFixed(3));
  const seed2 = p.perSeed.find((s) => s.seed === 2)!;
  // The radio is visually hidden inside its pill-shaped label; clicking the label checks it.
  await page.getByRole('radio', { name: 'Seed 2' }).check({ force: true });
  await expect(page).toHaveURL(/seed=2/);
  await expect(page.getByTestId('scatter-tau')).toHaveText(seed2.kendallTau.toFixed(3));
  await page.reload();
  await expect(page.getByTestId('scatter-tau')).toHaveText(seed2.kendallTau.toFixed(3));
  await page.goBack();
  await expect(page.getByTestId('scatter-tau')).toHaveText(p.pooledMeans.kendallTau.toFixed(3));

  const [png] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: /proxy fidelity scatter.* as PNG/ }).click(),
  ]);
  expect(png.suggestedFilename()).toBe('proxy-fidelity-mean.png');

  await expectNoSeriousAxeViolations(page);
  await saveScreenshot(page, 'proxy');
});

test('proxy fidelity fits a phone screen', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/proxy?seed=1');
  await expect(page.getByTestId('proxy-scatter')).toBeVisible();
  // Hydrated and measured: the scatter has left its server-side width (1000) for the phone's.
  await expect(page.getByTestId('proxy-scatter')).not.toHaveAttribute('width', '1000');
  await page.locator('#ceiling').scrollIntoViewIfNeeded();
  await expect(page.getByTestId('proxy-noise')).toBeVisible();
  await expect.poll(() => page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await saveScreenshot(page, 'proxy-phone');
});
