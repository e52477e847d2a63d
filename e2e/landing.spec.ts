// Journey: a new visitor opens the landing page and sees the dataset's counts, the six devices and
// the measured accuracy-vs-throughput chart with its Pareto front, matching the API.
import { expect, test } from '@playwright/test';
import { saveScreenshot } from './saveScreenshot';

test('landing page shows the counts, the devices and the measured Pareto chart', async ({ page, request }) => {
  const stats = await (await request.get('/api/v1/stats')).json();
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Accel-NASBench');
  await expect(page.getByTestId('count-records')).toHaveText('5,138');
  await expect(page.getByTestId('count-architectures')).toHaveText(stats.architectures.toLocaleString('en-US'));
  await expect(page.getByTestId('count-devices')).toHaveText('6');
  await expect(page.getByTestId('device-list').locator('> li')).toHaveCount(6);

  const chart = page.getByTestId('pareto-scatter');
  await expect(chart).toBeVisible();
  const front = await (await request.get('/api/v1/pareto?metric=throughput_a100')).json();
  await expect(page.getByTestId('pareto-front-points').locator('circle')).toHaveCount(front.front.length);
  // Every measured point is drawn: one disc (one move, "M") per architecture in the points' single path.
  const points = chart.getByTestId('pareto-points');
  await expect(points).toHaveAttribute('data-points', String(front.points));
  expect(((await points.getAttribute('d')) ?? '').split('M').length - 1).toBe(front.points);

  // Switching the device is a link: the URL carries the view.
  await page.getByRole('link', { name: 'Latency VCK190' }).click();
  await expect(page).toHaveURL(/metric=latency_vck190/);
  const latFront = await (await request.get('/api/v1/pareto?metric=latency_vck190')).json();
  await expect(page.getByTestId('pareto-front-points').locator('circle')).toHaveCount(latFront.front.length);
  await expect(page.getByTestId('front-summary')).toContainText(`${latFront.front.length} on the Pareto front`);
  await saveScreenshot(page, 'landing');
});

test('the API answers with documented errors', async ({ request }) => {
  const bad = await request.get('/api/v1/architectures/1311-9311-6521-6331-6531-6541-6311');
  expect(bad.status()).toBe(400);
  expect((await bad.json()).error.message).toMatch(/Block 1 expansion is 9/);
  const list = await (await request.get('/api/v1/architectures?limit=5')).json();
  expect(list.total).toBe(5138);
  const spec = await (await request.get('/api/openapi.json')).json();
  expect(spec.openapi).toMatch(/^3\./);
});
