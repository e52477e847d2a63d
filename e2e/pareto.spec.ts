// Journey: an architect looks for the best accuracy per image/s — reads the measured front (the same
// architectures as the API's), lets the browser sample and predict a cloud of the requested size,
// filters genes, zooms, hovers and opens a point, brushes a region, exports the chart, shares the link,
// and checks the page on a phone. Nothing is fetched from another origin (the ONNX runtime included).
import { expect, test, type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { expectNoSeriousAxeViolations } from './expectNoSeriousAxeViolations';
import { saveScreenshot } from './saveScreenshot';

type ParetoApi = { points: number; front: { code: string; resultId: number; x: number; y: number }[] };
type PredictApi = { surrogateVersion: string; predictions: Record<string, { mean: number; std: number; unit: string }> };

async function frontCodes(page: Page, testId: string): Promise<string[]> {
  return page
    .getByTestId(testId)
    .locator('tbody tr')
    .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-code')!));
}

/** Waits until the predicted cloud is complete and returns its size. */
async function predictedDone(page: Page): Promise<number> {
  const status = page.getByTestId('predicted-status');
  await expect(status).toHaveAttribute('data-status', 'done', { timeout: 90_000 });
  return Number(await status.getAttribute('data-done'));
}

test('the measured front is the API’s and the predicted cloud has the requested size', async ({ page, request, baseURL }) => {
  test.setTimeout(180_000);
  const foreign: string[] = [];
  page.on('request', (r) => {
    if (!r.url().startsWith(baseURL!) && !r.url().startsWith('data:') && !r.url().startsWith('blob:')) foreign.push(r.url());
  });

  const api = (await (await request.get('/api/v1/pareto?metric=throughput_a100')).json()) as ParetoApi;
  await page.goto('/pareto?n=3000&seed=7');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Pareto explorer');
  await expect(page.getByTestId('measured-front-count')).toHaveText(String(api.front.length));
  expect(await frontCodes(page, 'measured-front')).toEqual(api.front.map((p) => p.code));

  // The cloud: exactly n architectures, sampled and predicted in the worker, with a front of its own.
  expect(await predictedDone(page)).toBe(3000);
  await expect(page.getByTestId('pareto-chart')).toHaveAttribute('data-predicted-count', '3000');
  const predictedFront = await frontCodes(page, 'predicted-front');
  expect(predictedFront.length).toBeGreaterThan(5);
  // Predicted front points show the API's prediction for those architectures (2 decimals on screen).
  // Batches of 1,024 rows and more are halved between two workers, so these come from both.
  await expect(page.getByTestId('surrogate-version')).toContainText('2 workers × 1 wasm thread');
  let prediction: PredictApi | null = null;
  for (const code of predictedFront.slice(0, 6)) {
    prediction = (await (await request.get(`/api/v1/predict?arch=${code}`)).json()) as PredictApi;
    const row = page.getByTestId('predicted-front').locator(`tr[data-code="${code}"]`);
    await expect(row.locator('td').nth(1)).toContainText(prediction.predictions.val_top1.mean.toFixed(2));
  }
  if (!prediction) throw new Error('no predicted front');
  // The link says which surrogate made the numbers.
  await expect(page).toHaveURL(new RegExp(`sv=${prediction.surrogateVersion.slice(0, 12)}`));

  // Another device metric and top-5: the measured front follows the API again.
  await page.getByTestId('pareto-metric').selectOption('latency_vck190');
  await page.getByText('Top-5', { exact: true }).click();
  await expect(page).toHaveURL(/metric=latency_vck190/);
  await expect(page).toHaveURL(/acc=val_top5/);
  const lat = (await (await request.get('/api/v1/pareto?metric=latency_vck190&accuracy=val_top5')).json()) as ParetoApi;
  await expect(page.getByTestId('measured-front-count')).toHaveText(String(lat.front.length));
  expect(await frontCodes(page, 'measured-front')).toEqual(lat.front.map((p) => p.code));
  await page.goBack();
  await page.goBack();
  await expect(page.getByTestId('measured-front-count')).toHaveText(String(api.front.length));

  // A gene filter: no squeeze-excite anywhere, measured (as the API counts them) and predicted.
  const noSe = (await (await request.get('/api/v1/architectures?se=0&limit=1')).json()) as { total: number };
  await page.getByRole('button', { name: 'No squeeze-excite' }).click();
  await expect(page).toHaveURL(/se=0/);
  await expect(page.getByTestId('measured-status')).toContainText(`${noSe.total.toLocaleString('en-US')} of 5,138`);
  expect(await predictedDone(page)).toBe(3000);
  for (const code of [...(await frontCodes(page, 'measured-front')), ...(await frontCodes(page, 'predicted-front'))]) {
    expect(code.split('-').every((g) => g[3] === '0')).toBe(true);
  }

  // Zoom from the keyboard lands in the URL and survives a reload; reset clears it.
  const chart = page.getByTestId('pareto-cloud-chart');
  await chart.focus();
  await page.keyboard.press('+');
  await page.keyboard.press('ArrowRight');
  await expect(page).toHaveURL(/x0=.*x1=/);
  const zoomed = page.url();
  await page.reload();
  expect(page.url()).toBe(zoomed);
  await expect(page.getByTestId('pareto-cloud-chart')).toBeVisible();
  // Let the cloud finish so nothing above the chart changes height while the mouse is on it.
  expect(await predictedDone(page)).toBe(3000);
  await page.getByTestId('zoom-reset').click();
  await expect(page).not.toHaveURL(/x0=/);

  // Brush a region: the selection lists what is inside.
  await page.getByTestId('mode-select').click();
  await chart.scrollIntoViewIfNeeded();
  const box = (await chart.boundingBox())!;
  await page.mouse.move(box.x + box.width * 0.12, box.y + box.height * 0.05);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width * 0.6, box.y + box.height * 0.5, { steps: 8 });
  await page.mouse.up();
  await expect(page.getByTestId('selection-panel')).toBeVisible();
  expect(Number((await page.getByTestId('selection-measured').textContent())!.replace(/,/g, ''))).toBeGreaterThan(0);
  await page.getByRole('button', { name: 'Clear selection' }).click();
  await page.getByTestId('mode-pan').click();

  // Export the chart as SVG: axes, fronts and the cloud (the canvas, copied at export time).
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: /Download Pareto chart .* as SVG/ }).click();
  const svg = await readFile((await (await download).path())!, 'utf8');
  expect(svg).toContain('<svg');
  expect(svg).toContain('Top-1 accuracy');
  expect(svg).toMatch(/<g data-export-raster-slot="[^"]*"><image href="data:image\/png;base64,/);

  // Hover a measured front point: the tooltip names it; a click opens it in the editor.
  const frontCode = (await frontCodes(page, 'measured-front'))[0];
  const dot = chart.locator('g[data-front="measured"] circle').first();
  await dot.hover();
  await expect(page.getByTestId('pareto-tooltip')).toContainText('measured');
  await expect(page.getByTestId('pareto-tooltip')).toContainText(frontCode);
  await expectNoSeriousAxeViolations(page);
  await saveScreenshot(page, 'pareto');
  await dot.click();
  await expect(page).toHaveURL(new RegExp(`/arch/${frontCode}`));

  expect(foreign).toEqual([]);
});

test('the explorer fits a phone and says when a link was made with another surrogate', async ({ page }) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/pareto?n=1000&sv=000000000000');
  // A fresh context compiles the 14 MB wasm runtime again: allow it time on a busy machine.
  await expect(page.getByTestId('surrogate-version')).toHaveAttribute('data-status', 'different', { timeout: 60_000 });
  await expect(page.getByTestId('surrogate-version')).toContainText('000000000000');
  expect(await predictedDone(page)).toBe(1000);
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width).toBeLessThanOrEqual(390);
  await expectNoSeriousAxeViolations(page);
  await saveScreenshot(page, 'pareto-phone');
  await page.getByRole('button', { name: 'Link to the current surrogate instead' }).click();
  await expect(page.getByTestId('surrogate-version')).toHaveAttribute('data-status', 'current');
});
