// Journey: a visitor opens /searches on a server started with `npm start` and nothing stored by hand
// (playwright.config.ts runs scripts/start.ts alone): the default proxy searches are there, for the
// surrogate the server serves, and /searches and tour step 4 show them instead of an empty state.
import { DEVICE_METRIC_NAMES } from './targetNames';
import { expect, test } from '@playwright/test';

interface StoredSearch {
  name: string;
  optimizer: string;
  metric: string;
  seed: number;
  budget: number;
  surrogateVersion: string;
}

const METRICS = DEVICE_METRIC_NAMES;

test('a fresh server has stored every device metric × RS, RE, REINFORCE, NSGA-II × seeds 1–5 for its surrogate', async ({ request }) => {
  const manifest = (await (await request.get('/models/manifest.json')).json()) as { versionHash: string };
  const { searches } = (await (await request.get('/api/v1/searches?limit=500')).json()) as { searches: StoredSearch[] };
  const defaults = searches.filter((s) => s.name === '' && s.budget === 1000 && s.surrogateVersion === manifest.versionHash);
  expect(defaults).toHaveLength(160);
  expect([...new Set(defaults.map((s) => s.metric))].sort()).toEqual([...METRICS].sort());
  expect([...new Set(defaults.map((s) => s.optimizer))].sort()).toEqual(['nsga2', 're', 'reinforce', 'rs']);
  expect([...new Set(defaults.map((s) => s.seed))].sort()).toEqual([1, 2, 3, 4, 5]);
});

test('/searches lists the stored searches, not the empty state', async ({ page }) => {
  await page.goto('/searches');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Stored searches');
  await expect(page.getByText('No searches are stored on this server yet')).toHaveCount(0);
  await expect(page.getByRole('heading', { name: 'Per-device winners, predicted everywhere' })).toBeVisible();
  // One winner per device metric.
  await expect(page.getByRole('table').first().locator('tbody tr')).toHaveCount(METRICS.length);
  await expect(page.getByRole('heading', { name: 'Every stored search' })).toBeVisible();
});

test('tour step 4 shows the per-device winners', async ({ page }) => {
  await page.goto('/tour/4');
  await expect(page.getByText('No stored searches on this server yet')).toHaveCount(0);
  await expect(page.getByRole('table').first().locator('tbody tr')).toHaveCount(METRICS.length);
});
