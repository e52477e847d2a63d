// Journey: an architect narrows /pareto to expansion 6, kernel 3, no squeeze-excite (2,916
// architectures: 3 layer choices in six blocks, 4 in block 5) and asks for 10,000 predictions: the page
// draws each of the 2,916 once, says so, and lists every code on the predicted front once.
import { expect, test } from '@playwright/test';

test('a cloud larger than the filtered space is the whole space, each architecture once', async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto('/pareto?metric=latency_vck190&n=10000&e=6&se=0&k=3&seed=1');
  const status = page.getByTestId('predicted-status');
  await expect(status).toHaveAttribute('data-status', 'done', { timeout: 90_000 });
  await expect(status).toHaveAttribute('data-done', '2916');
  await expect(page.getByTestId('predicted-whole-space')).toHaveAttribute('data-space-size', '2916');
  await expect(page.getByTestId('predicted-whole-space')).toContainText(
    'the filters allow 2,916 architectures, fewer than the 10,000 asked for',
  );
  await expect(page.getByTestId('pareto-chart')).toHaveAttribute('data-predicted-count', '2916');

  const codes = await page
    .getByTestId('predicted-front')
    .locator('tbody tr')
    .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-code')!));
  expect(codes.length).toBeGreaterThan(0);
  expect(new Set(codes).size).toBe(codes.length);
  expect(codes.every((c) => c.split('-').every((g) => g[0] === '6' && g[1] === '3' && g[3] === '0'))).toBe(true);
});

test('the same seed and filter draw the same cloud: its front is the same after a reload', async ({ page }) => {
  test.setTimeout(150_000);
  const url = '/pareto?metric=latency_vck190&n=1000&e=6&se=0&k=3&seed=4';
  const front = async () => {
    await expect(page.getByTestId('predicted-status')).toHaveAttribute('data-status', 'done', { timeout: 90_000 });
    return page
      .getByTestId('predicted-front')
      .locator('tbody tr')
      .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-code')!));
  };
  await page.goto(url);
  await expect(page.getByTestId('predicted-status')).toHaveAttribute('data-done', '1000', { timeout: 90_000 });
  await expect(page.getByTestId('predicted-whole-space')).toHaveCount(0);
  const first = await front();
  await page.reload();
  expect(await front()).toEqual(first);
});
