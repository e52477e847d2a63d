// Journey (#16 item 14): a hardware engineer picks two devices from the rank-correlation matrix,
// sees the rank-flip view follow, the two devices' metrics against each other with the matrix's
// coefficient, and which genes drive the flips — at desktop and phone sizes.
import { expect, test, type APIRequestContext } from '@playwright/test';
import { expectNoSeriousAxeViolations } from './expectNoSeriousAxeViolations';
import { saveScreenshot } from './saveScreenshot';

async function trpc<T>(request: APIRequestContext, path: string, input?: unknown): Promise<T> {
  const query = input === undefined ? '' : `?input=${encodeURIComponent(JSON.stringify(input))}`;
  const res = await request.get(`/api/trpc/${path}${query}`);
  expect(res.ok()).toBe(true);
  return (await res.json()).result.data as T;
}

type Correlation = { metrics: string[]; spearman: number[][]; kendall: number[][]; n: number[][] };
type RankFlip = { kendallTau: number };
type Genes = { n: number; rSquared: number; effects: { block: number; gene: string; effect: number }[] };

for (const size of [
  { name: 'desktop', width: 1440, height: 900 },
  { name: 'phone', width: 390, height: 844 },
]) {
  test(`clicking a matrix cell picks the two devices of the views below (${size.name})`, async ({ page, request }) => {
    await page.setViewportSize({ width: size.width, height: size.height });
    const corr = (await (await request.get('/api/v1/devices/rank-correlation')).json()) as Correlation;
    const i = corr.metrics.indexOf('latency_vck190');
    const j = corr.metrics.indexOf('throughput_tpuv3');

    await page.goto('/compare');
    const cell = page.getByTestId('corr-pick-latency_vck190-throughput_tpuv3');
    // A real button with a name saying what it does and the coefficient it sits on.
    await expect(cell).toHaveAccessibleName(/Compare VCK190 latency \(A\) with TPUv3 throughput \(B\)/);
    await expect(cell).toHaveAttribute('aria-pressed', 'false');
    // Top-1 is not a device: its row and the diagonal are not pickable.
    await expect(page.getByTestId('corr-pick-val_top1-throughput_a100')).toHaveCount(0);
    await expect(page.getByTestId('corr-pick-throughput_a100-throughput_a100')).toHaveCount(0);

    // Keyboard operable: focus and Enter.
    await cell.focus();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/a=latency_vck190/);
    await expect(page).toHaveURL(/b=throughput_tpuv3/);
    await expect(cell).toHaveAttribute('aria-pressed', 'true');
    await expect(page.getByTestId('corr-picked')).toContainText('VCK190 latency');

    // The rank-flip view follows: its selects and its τ are the API's for the new pair.
    await expect(page.getByTestId('flip-a')).toHaveValue('latency_vck190');
    await expect(page.getByTestId('flip-b')).toHaveValue('throughput_tpuv3');
    const flip = await trpc<RankFlip>(request, 'compare.rankFlip', { a: 'latency_vck190', b: 'throughput_tpuv3', n: 50 });
    await expect(page.getByTestId('flip-tau')).toHaveText(flip.kendallTau.toFixed(3));

    // The scatter shows, stating the clicked cell's coefficients and pair count.
    await expect(page.getByTestId('device-scatter')).toBeVisible();
    await expect(page.getByTestId('pair-rho')).toHaveText(corr.spearman[i][j].toFixed(3));
    await expect(page.getByTestId('pair-tau')).toHaveText(corr.kendall[i][j].toFixed(3));
    await expect(page.getByTestId('pair-summary')).toContainText(corr.n[i][j].toLocaleString('en-US'));
    expect((await page.getByTestId('device-scatter').boundingBox())!.height).toBeGreaterThan(300);

    // The genes behind the flips: entries, the largest first, as the API ranks them.
    const genes = await trpc<Genes>(request, 'compare.rankFlipGenes', { a: 'latency_vck190', b: 'throughput_tpuv3' });
    const drivers = page.getByTestId('gene-driver');
    await expect(drivers).toHaveCount(12);
    await expect(drivers.first()).toContainText(`Block ${genes.effects[0].block}:`);
    await expect(page.getByTestId('flip-genes-summary')).toContainText(`R² = ${genes.rSquared.toFixed(2)}`);

    // A mouse click picks another pair (not the default A100/ZCU102, which the URL leaves out); Back
    // returns to the previous one.
    await page.getByTestId('corr-pick-throughput_3090-throughput_tpuv2').click();
    await expect(page).toHaveURL(/a=throughput_3090/);
    await expect(page.getByTestId('flip-b')).toHaveValue('throughput_tpuv2');
    await page.goBack();
    await expect(page.getByTestId('flip-a')).toHaveValue('latency_vck190');

    if (size.name === 'phone') await expect.poll(() => page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await expectNoSeriousAxeViolations(page);
    await saveScreenshot(page, `compare-devices-${size.name}`);
  });
}

test('with the same metric on both sides the genes view says why there is nothing to show', async ({ page }) => {
  await page.goto('/compare?a=throughput_a100&b=throughput_a100');
  await expect(page.getByText('A and B are the same metric')).toBeVisible();
  await expect(page.getByTestId('gene-driver')).toHaveCount(0);
});
