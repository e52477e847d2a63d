// Journey (#16 item 15): tables read the same everywhere and can be taken away. The race's result table
// on /search sorts by a clicked column header (aria-sort says which, and which way), numbers carry
// thousands separators with the units in the headers, and the search history downloads as CSV (units
// in its header, one line per evaluation) and JSON; /data's CSV names its units too.
import { readFile } from 'node:fs/promises';
import { expect, test, type Locator } from '@playwright/test';
import { expectNoSeriousAxeViolations } from './expectNoSeriousAxeViolations';

const RACE = '/search?o=rs,re&seeds=2&metric=throughput_a100&budget=60';

async function values(rows: Locator, testId: string): Promise<number[]> {
  return Promise.all((await rows.all()).map(async (r) => Number(await r.getByTestId(testId).getAttribute('data-value'))));
}

test('the race results sort by a clicked column, best first, and say so', async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto(RACE);
  await expect(page.getByTestId('race-status')).toHaveAttribute('data-phase', 'done', { timeout: 90_000 });
  const table = page.getByTestId('race-results');
  const rows = table.getByTestId('race-run');
  await expect(rows).toHaveCount(4);

  // Units sit in the headers; a throughput prints whole with thousands separators.
  await expect(table.getByRole('columnheader', { name: /top-1 \(%\)/ })).toBeVisible();
  await expect(table.getByRole('columnheader', { name: /A100 thr\. \(img\/s\)/ })).toBeVisible();
  for (const r of await rows.all()) await expect(r.getByTestId('hardware')).toHaveText(/^\d{1,3}(,\d{3})*$/);

  const hvHeader = table.getByRole('columnheader', { name: /hypervolume/ });
  await expect(hvHeader).toHaveAttribute('aria-sort', 'none');
  await page.getByTestId('race-sort-hypervolume').click();
  await expect(hvHeader).toHaveAttribute('aria-sort', 'descending');
  const desc = await values(rows, 'hv');
  expect(desc).toEqual([...desc].sort((a, b) => b - a));
  await page.getByTestId('race-sort-hypervolume').click();
  await expect(hvHeader).toHaveAttribute('aria-sort', 'ascending');
  const asc = await values(rows, 'hv');
  expect(asc).toEqual([...asc].sort((a, b) => a - b));

  // Another column takes the sort over; the means stay below the runs.
  await page.getByTestId('race-sort-bestAccuracy').click();
  await expect(hvHeader).toHaveAttribute('aria-sort', 'none');
  await expect(table.getByRole('columnheader', { name: /top-1/ })).toHaveAttribute('aria-sort', 'descending');
  const top1 = await values(rows, 'top1');
  expect(top1).toEqual([...top1].sort((a, b) => b - a));
  await expect(table.locator('tbody tr').last()).toHaveAttribute('data-testid', 'race-mean');

  await expectNoSeriousAxeViolations(page);
});

test('the search history downloads as CSV with units and as JSON, one entry per evaluation', async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto(RACE);
  await expect(page.getByTestId('race-status')).toHaveAttribute('data-phase', 'done', { timeout: 90_000 });

  const [csvDownload] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-csv').click()]);
  expect(csvDownload.suggestedFilename()).toMatch(/^anb-search-throughput_a100-rs-re-240\.csv$/);
  const lines = (await readFile((await csvDownload.path())!, 'utf8')).trimEnd().split('\n');
  expect(lines[0]).toBe(
    'run,optimizer,seed,evaluation,predicted_val_top1_pct,predicted_throughput_a100_img_per_s,best_reward,hypervolume_pct_x_img_per_s',
  );
  expect(lines.length).toBe(1 + 4 * 60);
  expect(lines[1]).toMatch(/^0,rs,1,1,/);

  const [jsonDownload] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-json').click()]);
  const json = JSON.parse(await readFile((await jsonDownload.path())!, 'utf8'));
  expect(json.spec.budget).toBe(60);
  expect(json.units.hardware).toBe('img/s');
  expect(json.runs.map((r: { evaluations: number }) => r.evaluations)).toEqual([60, 60, 60, 60]);
  expect(json.finals).toHaveLength(4);
  // The table's best reward per run is the history's last best reward.
  const firstRow = page.locator('[data-testid="race-run"][data-optimizer="rs"][data-seed="1"]');
  expect(Number(await firstRow.getByTestId('reward').getAttribute('data-value'))).toBeCloseTo(json.runs[0].bestReward.at(-1), 12);
});

test("/data's CSV names the unit of every measured column", async ({ page }) => {
  // Top-1 tops out at 67.05: 66 leaves a few rows to export.
  await page.goto('/data?min_val_top1=66');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-csv').click()]);
  const header = (await readFile((await download.path())!, 'utf8')).split('\n')[0].split(',');
  expect(header.slice(0, 8)).toEqual(['result_id', 'code', 'split', 'val_top1_pct', 'val_top5_pct', 'train_time_s', 'macs_M', 'params_M']);
  expect(header).toContain('throughput_a100_mean_img_per_s');
  expect(header).toContain('latency_vck190_std_ms');
});

test('stored searches print units in their headers and numbers with separators', async ({ page }) => {
  await page.goto('/searches');
  // The stored runs of one metric: the table captioned with it (the winners' table above names every metric).
  const table = page.locator('table', { has: page.locator('caption', { hasText: /^throughput a100$/ }) });
  await expect(table.getByRole('columnheader', { name: 'top-1 (%)' })).toBeVisible();
  await expect(table.getByRole('columnheader', { name: 'throughput a100 (img/s)' })).toBeVisible();
  await expect(table.getByRole('columnheader', { name: 'hypervolume (% × img/s)' })).toBeVisible();
});
