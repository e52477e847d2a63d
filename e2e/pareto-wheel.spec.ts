// Journey: a reader scrolls down /pareto with the mouse wheel while the pointer passes over the chart
// (the page scrolls, the axes stay), zooms with Ctrl + wheel as the chart's hint says, and zooms out as
// far as the wheel goes: the window stops at the data's extent, never at negative throughput.
import { expect, test, type Page } from '@playwright/test';

type Stats = { metrics: { name: string; min: number | null; max: number | null }[] };

const windowOf = (page: Page) => {
  const u = new URL(page.url()).searchParams;
  return { x0: u.get('x0'), x1: u.get('x1'), y0: u.get('y0'), y1: u.get('y1') };
};
const ticks = (page: Page) =>
  page
    .getByTestId('pareto-cloud-chart')
    .locator('.visx-axis-bottom .visx-axis-tick text')
    .evaluateAll((ts) => ts.map((t) => t.textContent));

test('a plain wheel scrolls the page, Ctrl + wheel zooms, and zooming out stops at the data', async ({ page, request }) => {
  test.setTimeout(120_000);
  await page.goto('/pareto?n=1000&seed=3');
  const status = page.getByTestId('predicted-status');
  // The cloud complete: nothing above the chart changes height while the wheel turns.
  await expect(status).toHaveAttribute('data-status', 'done', { timeout: 90_000 });
  const chart = page.getByTestId('pareto-cloud-chart');
  await expect(page.getByTestId('zoom-hint')).toHaveText('Ctrl/⌘ + wheel to zoom');
  const fullTicks = await ticks(page);

  // Plain wheel over the plot: the page scrolls, the URL keeps no window, the axes are unchanged.
  await chart.scrollIntoViewIfNeeded();
  const box = (await chart.boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 3);
  const before = await page.evaluate(() => window.scrollY);
  await page.mouse.wheel(0, 200);
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(before);
  await expect(page.getByTestId('zoom-hint')).toHaveAttribute('data-emphasised', 'true');
  expect(windowOf(page).x0).toBeNull();
  expect(await ticks(page)).toEqual(fullTicks);

  // Ctrl + wheel over the plot: it zooms (the window lands in the URL) and the page stays put.
  const box2 = (await chart.boundingBox())!;
  await page.mouse.move(box2.x + box2.width / 2, box2.y + box2.height / 3);
  const still = await page.evaluate(() => window.scrollY);
  await page.keyboard.down('Control');
  await page.mouse.wheel(0, -300);
  await page.keyboard.up('Control');
  await expect(page).toHaveURL(/x0=.*x1=/);
  expect(await page.evaluate(() => window.scrollY)).toBe(still);
  const zoomed = windowOf(page);
  expect(Number(zoomed.x1) - Number(zoomed.x0)).toBeGreaterThan(0);
  expect(await ticks(page)).not.toEqual(fullTicks);

  // Zooming out as far as the wheel goes ends at the full window: the measured extent with a small
  // margin, throughput never below zero (unbounded, this reached −40,000 img/s).
  await page.keyboard.down('Control');
  for (let i = 0; i < 15; i++) await page.mouse.wheel(0, 1000);
  await page.keyboard.up('Control');
  const stats = (await (await request.get('/api/v1/stats')).json()) as Stats;
  const a100 = stats.metrics.find((m) => m.name === 'throughput_a100')!;
  const top1 = stats.metrics.find((m) => m.name === 'val_top1')!;
  await expect
    .poll(async () => {
      const w = windowOf(page);
      return Number(w.x1) - Number(w.x0);
    })
    .toBeLessThan(2 * (a100.max! - a100.min!));
  const out = windowOf(page);
  expect(Number(out.x0)).toBeGreaterThanOrEqual(0);
  expect(Number(out.x0)).toBeLessThanOrEqual(a100.min!);
  expect(Number(out.x1)).toBeGreaterThanOrEqual(a100.max!);
  expect(Number(out.y0)).toBeGreaterThanOrEqual(0);
  expect(Number(out.y1)).toBeLessThan(top1.max! + (top1.max! - top1.min!));
  expect(await ticks(page)).toEqual(fullTicks);
});
