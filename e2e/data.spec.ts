// Journey: a researcher filters the dataset table, sorts it, loads more rows, exports the selection,
// and meets the empty and error states — every number equal to what the REST API answers for the
// same parameters (the page's query is the API's query).
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { expectNoSeriousAxeViolations } from './expectNoSeriousAxeViolations';
import { saveScreenshot } from './saveScreenshot';

/** The REST answer for the page's current query (minus the dataset version). */
async function apiFor(page: Page, request: APIRequestContext, extra = '') {
  const params = new URL(page.url()).searchParams;
  params.delete('dv');
  const res = await request.get(`/api/v1/architectures?${params}${extra}`);
  expect(res.ok()).toBe(true);
  return (await res.json()) as { total: number; items: { code: string; resultId: number }[] };
}

const count = (n: number) => n.toLocaleString('en-US');

test('the first page of records is in the server-rendered HTML, not fetched after hydration', async ({ request }) => {
  const html = await (await request.get('/data')).text();
  expect(html.match(/data-testid="data-row"/g)?.length).toBe(100);
  expect(html).not.toContain('Loading records…');
});

test('filters, sort, load more and export agree with the API', async ({ page, request }) => {
  await page.goto('/data');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Dataset');
  await expect(page.getByTestId('data-total')).toHaveText('5,138');
  await expect(page.getByTestId('data-row')).toHaveCount(100);
  await page.getByTestId('load-more').click();
  await expect(page.getByTestId('data-row')).toHaveCount(200);
  await expect(page.getByTestId('data-shown')).toHaveText('200');

  // Filters through the UI: squeeze-excite off in every block, kernel 5 in block 3, top-1 ≥ 55, val split.
  await page.getByLabel('Squeeze-excite (all blocks): off').check({ force: true });
  await expect(page).toHaveURL(/se=0/);
  await page.locator('summary', { hasText: 'Genes per block' }).click();
  await page.getByLabel('Kernel (block 3): 5').check({ force: true });
  await expect(page).toHaveURL(/k3=5/);
  await page.locator('summary', { hasText: 'Metric ranges' }).click();
  await page.getByTestId('filter-min_val_top1').fill('55');
  await page.getByTestId('filter-min_val_top1').press('Enter');
  await expect(page).toHaveURL(/min_val_top1=55/);
  await page.getByTestId('filter-split').selectOption('val');
  await expect(page).toHaveURL(/split=val/);
  const filtered = await apiFor(page, request, '&limit=1');
  expect(filtered.total).toBeGreaterThan(0);
  await expect(page.getByTestId('data-total')).toHaveText(count(filtered.total));

  // Sorting by top-1 (best first) puts the API's first row first.
  await page.getByTestId('sort-val_top1').click();
  await expect(page).toHaveURL(/sort=val_top1/);
  await expect(page).toHaveURL(/order=desc/);
  const sorted = await apiFor(page, request, '&limit=1');
  await expect(page.getByTestId('row-code').first()).toHaveText(sorted.items[0].code);
  await expect(page.getByTestId('row-link').first()).toHaveAttribute('href', `/arch/${sorted.items[0].code}`);

  // A reload gives the same selection.
  await page.reload();
  await expect(page.getByTestId('data-total')).toHaveText(count(filtered.total));
  await expect(page.getByTestId('row-code').first()).toHaveText(sorted.items[0].code);

  await expectNoSeriousAxeViolations(page);
  await saveScreenshot(page, 'data');
});

test('the export holds every matching record, following the cursor', async ({ page, request }) => {
  await page.goto('/data?e0=1&sort=latency_zcu102');
  const api = await apiFor(page, request, '&limit=1');
  expect(api.total).toBeGreaterThan(500); // more than one page of 500: the export must follow the cursor
  await expect(page.getByTestId('data-total')).toHaveText(count(api.total));

  const [csvDownload] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-csv').click()]);
  const csv = await readFile((await csvDownload.path())!, 'utf8');
  const lines = csv.trimEnd().split('\n');
  expect(lines.length).toBe(api.total + 1);
  expect(lines[0]).toMatch(/^result_id,code,split,val_top1/);
  expect(lines[1].split(',')[1]).toBe(api.items[0].code);

  const [jsonDownload] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-json').click()]);
  const json = JSON.parse(await readFile((await jsonDownload.path())!, 'utf8'));
  expect(json.total).toBe(api.total);
  expect(json.records.length).toBe(api.total);
  expect(new Set(json.records.map((r: { resultId: number }) => r.resultId)).size).toBe(api.total);

  // The full table export: all 5,138 records.
  await page.goto('/data');
  const [all] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-csv').click()]);
  expect((await readFile((await all.path())!, 'utf8')).trimEnd().split('\n').length).toBe(5139);
});

test('empty and error states are designed, not blank', async ({ page }) => {
  await page.goto('/data?min_val_top1=99');
  await expect(page.getByTestId('data-empty')).toBeVisible();
  await expect(page.getByTestId('data-total')).toHaveText('0');
  await page.getByTestId('data-empty').getByRole('button', { name: 'Clear filters' }).click();
  await expect(page.getByTestId('data-total')).toHaveText('5,138');

  await page.route('**/api/trpc/architectures.list*', (route) =>
    route.fulfill({ status: 500, contentType: 'application/json', body: '{"error":"boom"}' }),
  );
  await page.getByLabel('Expansion (all blocks): 6').check({ force: true });
  const alert = page.getByRole('alert').filter({ hasText: 'Could not load this view' });
  await expect(alert).toBeVisible();
  await page.unroute('**/api/trpc/architectures.list*');
  await alert.getByRole('button', { name: 'Retry' }).click();
  await expect(alert).toBeHidden();
  await expect(page.getByTestId('data-total')).not.toHaveText('5,138');
});

test('the table fits a phone screen', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/data');
  await expect(page.getByTestId('data-table')).toBeVisible();
  await expect.poll(() => page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await saveScreenshot(page, 'data-phone');
});
