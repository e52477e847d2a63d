// Journey: a designer pushes an architecture into a corner of the space. The editor says it is an
// extrapolation, why (which descriptors and predictions lie beyond the training data), and its
// intervals are wider, relative to the mean, than a typical architecture's; EfficientNet-B0 gets no
// such warning. The page's verdict is the API's (one definition, surrogates/runtime).
import { expect, test, type Page } from '@playwright/test';
import { TARGET_NAMES } from './targetNames';

const B0 = '1311-6321-6521-6331-6531-6541-6311';
const SMALLEST = '1310-1310-1310-1310-1310-1310-1310';

/** std / mean of every target as the page shows them (the cells' data attributes). */
async function relativeStds(page: Page, code: string): Promise<Record<string, number>> {
  await page.goto(`/arch/${code}`);
  await expect(page.getByTestId('arch-code')).toHaveText(code);
  const out: Record<string, number> = {};
  for (const t of TARGET_NAMES) {
    const cell = page.getByTestId(`predicted-${t}`);
    // The first prediction of a fresh context waits for the wasm runtime to compile.
    await expect(cell).toHaveAttribute('data-mean', /\d/, { timeout: 60_000 });
    out[t] = Number(await cell.getAttribute('data-std')) / Math.abs(Number(await cell.getAttribute('data-mean')));
  }
  return out;
}

test('a corner of the space is called an extrapolation, with reasons and wider intervals; EfficientNet-B0 is not', async ({
  page,
  request,
}) => {
  test.setTimeout(180_000);
  const typical = await relativeStds(page, B0);
  await expect(page.getByTestId('distance-from-data')).toHaveAttribute('data-level', 'in');
  await expect(page.getByTestId('extrapolation-warning')).toHaveCount(0);

  const corner = await relativeStds(page, SMALLEST);
  const warning = page.getByTestId('extrapolation-warning');
  await expect(warning).toBeVisible();
  await expect(warning).toContainText('Extrapolation');
  // The reasons name what lies beyond the data: the smallest network has descriptors below every trained one.
  await expect(warning).toContainText('below the trained');
  const api = (await (await request.get(`/api/v1/predict?arch=${SMALLEST}`)).json()) as { outOfDistribution: { level: string } };
  expect(api.outOfDistribution.level).not.toBe('in');
  await expect(warning).toHaveAttribute('data-level', api.outOfDistribution.level);
  await expect(page.getByTestId('distance-from-data')).toHaveAttribute('data-level', api.outOfDistribution.level);
  await expect(page.getByTestId('distance-from-data')).not.toContainText('within the training data');
  // Wider intervals, relative to the mean, on every target.
  for (const t of TARGET_NAMES) expect(corner[t], t).toBeGreaterThan(typical[t]);
});
