// Journey: an architect reads how many predicted points the surrogate extrapolates (beyond its training
// data), sees them marked on the predicted front, hides them, and shares the link: the drawn cloud loses
// exactly the flagged points and the front is recomputed without them.
import { expect, test, type Page } from '@playwright/test';

const N = 5000;

/** Waits until the predicted cloud is complete and returns its size. */
async function predictedDone(page: Page): Promise<number> {
  const status = page.getByTestId('predicted-status');
  await expect(status).toHaveAttribute('data-status', 'done', { timeout: 90_000 });
  return Number(await status.getAttribute('data-done'));
}

test('extrapolated predictions are counted, marked on the front, and hidden from the cloud and its front', async ({ page }) => {
  test.setTimeout(180_000);
  await page.goto(`/pareto?n=${N}&seed=7`);
  expect(await predictedDone(page)).toBe(N);

  // The status line counts the flagged points (default metric: A100 throughput, where the front extrapolates).
  const flaggedStatus = page.getByTestId('predicted-flagged');
  await expect(flaggedStatus).toHaveAttribute('data-hidden', 'false');
  const flagged = Number(await flaggedStatus.getAttribute('data-flagged'));
  expect(flagged).toBeGreaterThan(0);
  expect(flagged).toBeLessThan(N);

  // Every point is drawn, the flagged ones among them; the front table badges as many rows as the status says.
  const canvas = page.getByTestId('pareto-cloud-chart').locator('canvas');
  await expect(canvas).toHaveAttribute('data-drawn-predicted', String(N));
  await expect(canvas).toHaveAttribute('data-drawn-flagged', String(flagged));
  const frontFlagged = Number(await flaggedStatus.getAttribute('data-front-flagged'));
  await expect(page.getByTestId('predicted-front').getByTestId('extrapolated-badge')).toHaveCount(frontFlagged);
  if (frontFlagged > 0) {
    await expect(page.getByTestId('predicted-front').getByTestId('extrapolated-badge').first()).toHaveAttribute(
      'title',
      /beyond its training data/,
    );
  }

  // Hide them: the URL says so, the drawn cloud drops exactly the flagged points, the front has none.
  await page.getByLabel('Hide extrapolated predictions').check();
  await expect(page).toHaveURL(/ood=hide/);
  await expect(flaggedStatus).toHaveAttribute('data-hidden', 'true');
  await expect(flaggedStatus).toHaveAttribute('data-flagged', String(flagged));
  await expect(canvas).toHaveAttribute('data-drawn-predicted', String(N - flagged));
  await expect(canvas).toHaveAttribute('data-drawn-flagged', '0');
  // The cloud was sampled once: hiding filters it, it does not sample again.
  await expect(page.getByTestId('pareto-chart')).toHaveAttribute('data-predicted-count', String(N));
  await expect(page.getByTestId('predicted-front').locator('tbody tr').first()).toBeVisible();
  await expect(page.getByTestId('predicted-front').getByTestId('extrapolated-badge')).toHaveCount(0);
  await expect(page.getByTestId('predicted-front').locator('tr[data-ood="edge"], tr[data-ood="far"]')).toHaveCount(0);

  // The shared link opens with them hidden.
  await page.reload();
  expect(await predictedDone(page)).toBe(N);
  await expect(page.getByLabel('Hide extrapolated predictions')).toBeChecked();
  await expect(page.getByTestId('pareto-cloud-chart').locator('canvas')).toHaveAttribute('data-drawn-predicted', String(N - flagged));

  // Showing them again takes `ood` out of the URL (the default) and draws the whole cloud.
  await page.getByLabel('Hide extrapolated predictions').uncheck();
  await expect(page).not.toHaveURL(/ood=/);
  await expect(page.getByTestId('pareto-cloud-chart').locator('canvas')).toHaveAttribute('data-drawn-predicted', String(N));
});
