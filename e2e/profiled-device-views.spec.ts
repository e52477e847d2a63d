// Journey (#12 item 5): someone stored a profile of their own device; /pareto plots it (every hardware
// value the profile's prediction, the labels say so) and /compare adds it to the matrix and ranks the
// most accurate architectures on it against an ANB device. A link with an unknown id says so; reload
// keeps the device; the profile is deleted with its token at the end. Desktop and phone.
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { fitDeviceProfile, predictProfiled } from '../core/profile/fitDeviceProfile';
import { syntheticProfile } from '../core/profile/syntheticProfile';
import { parseArchitectureCode } from '../core/space/architectureCode';
import { expectNoSeriousAxeViolations } from './expectNoSeriousAxeViolations';
import { saveScreenshot } from './saveScreenshot';

// A profile of its own per run (content-addressed: the same bytes would be the same, possibly stale, id).
const profile = { ...syntheticProfile({ name: 'E2E laptop', seed: 3 }), createdAt: new Date().toISOString() };
const [fit] = fitDeviceProfile(profile).fits;
const predicted = (code: string) => {
  const a = parseArchitectureCode(code);
  if (!a.ok) throw new Error(`not a code: ${code}`);
  return predictProfiled(fit, a.value).mean;
};
const UNKNOWN = 'u000000000000';
let id = '';
let token = '';

async function trpc<T>(request: APIRequestContext, path: string, input?: unknown): Promise<T> {
  const query = input === undefined ? '' : `?input=${encodeURIComponent(JSON.stringify(input))}`;
  const res = await request.get(`/api/trpc/${path}${query}`);
  expect(res.ok()).toBe(true);
  return (await res.json()).result.data as T;
}

test.beforeAll(async ({ request }) => {
  const res = await request.post('/api/v1/devices', { data: { origin: 'cli', profile } });
  expect(res.status()).toBe(201);
  const body = (await res.json()) as { created: boolean; device: { id: string }; deleteToken: string };
  expect(body.created).toBe(true);
  id = body.device.id;
  token = body.deleteToken;
});

test.afterAll(async ({ request }) => {
  if (!id) return;
  const res = await request.delete(`/api/v1/devices/${id}`, { headers: { 'X-Delete-Token': token } });
  expect(res.status()).toBe(200);
  expect((await request.get(`/api/v1/devices/${id}`)).status()).toBe(404);
});

const relative = (a: number, b: number) => Math.abs(a - b) / Math.abs(b);

async function firstRow(page: Page, testId: string) {
  const row = page.getByTestId(testId).locator('tbody tr').first();
  await expect(row).toBeVisible();
  return { code: (await row.getAttribute('data-code'))!, x: Number(await row.getAttribute('data-x')) };
}

for (const size of [
  { name: 'desktop', width: 1440, height: 900 },
  { name: 'phone', width: 390, height: 844 },
]) {
  test(`/pareto plots a profiled device from its profile, and keeps it on reload (${size.name})`, async ({ page, request }) => {
    test.setTimeout(180_000);
    await page.setViewportSize({ width: size.width, height: size.height });
    const columns = await trpc<{ count: number; targets: { val_top1: (number | null)[] } }>(request, 'architectures.columns');
    const withTop1 = columns.targets.val_top1.filter((v) => v !== null).length;

    await page.goto(`/pareto?metric=${id}.latency&n=3000&seed=4`);
    const chart = page.getByTestId('pareto-chart');
    // Every measured record is drawn: each has the profile's prediction (none was measured on the device).
    await expect(chart).toHaveAttribute('data-measured-count', String(withTop1), { timeout: 60_000 });
    await expect(page.getByRole('heading', { name: 'Top-1 accuracy vs Latency E2E laptop (profiled)' })).toBeVisible();
    await expect(chart.locator('.visx-axis-bottom')).toContainText(
      'Latency E2E laptop (profiled) (ms) — lower is better — predicted by your profile',
    );
    await expect(page.getByTestId('pareto-x-note')).toContainText('predicted by your profile');
    await expect(page.getByTestId('pareto-metric')).toHaveValue(`${id}.latency`);

    // A measured front row's latency is the profile's prediction, as core computes it here.
    const m = await firstRow(page, 'measured-front');
    expect(relative(m.x, predicted(m.code))).toBeLessThan(1e-6);
    // Its editor link carries the device, as the editor's "best single edit" metric.
    await expect(page.getByTestId('measured-front').locator('tbody tr').first().getByRole('link')).toHaveAttribute(
      'href',
      `/arch/${m.code}?bm=${id}.latency`,
    );
    await expect(page.getByTestId('measured-front-profiled')).toBeVisible();
    // The predicted cloud: its x from the profiled-cloud worker (float32), its front too.
    await expect(page.getByTestId('predicted-status')).toHaveAttribute('data-status', 'done', { timeout: 90_000 });
    await expect(chart).toHaveAttribute('data-predicted-count', '3000');
    const p = await firstRow(page, 'predicted-front');
    expect(relative(p.x, predicted(p.code))).toBeLessThan(1e-6);
    const frontXs = await page
      .getByTestId('predicted-front')
      .locator('tbody tr')
      .evaluateAll((rows) => rows.map((r) => Number(r.getAttribute('data-x'))));
    expect(frontXs.length).toBeGreaterThan(2);
    // Lower is better on latency: the front runs from the fastest up.
    expect([...frontXs].sort((a, b) => a - b)).toEqual(frontXs);
    await expect(page.getByTestId('pareto-overlay-note')).toContainText('E2E laptop is left out');

    await page.reload();
    await expect(page.getByTestId('pareto-metric')).toHaveValue(`${id}.latency`);
    await expect(chart.locator('.visx-axis-bottom')).toContainText('predicted by your profile', { timeout: 60_000 });
    expect(page.url()).toContain(`metric=${id}.latency`);
    if (size.name === 'phone') await expect.poll(() => page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await expectNoSeriousAxeViolations(page);
    if (size.name === 'desktop') await saveScreenshot(page, 'pareto-profiled-device');
  });

  test(`/compare adds a profiled device to the matrix and its rank flips (${size.name})`, async ({ page, request }) => {
    test.setTimeout(120_000);
    await page.setViewportSize({ width: size.width, height: size.height });
    const b = `${id}.latency`;
    const flip = await trpc<{ kendallTau: number; items: { code: string; valueB: number }[] }>(request, 'compare.rankFlip', {
      a: 'throughput_a100',
      b,
      n: 50,
    });
    for (const item of flip.items) expect(relative(item.valueB, predicted(item.code))).toBeLessThan(1e-9);

    // Picked from device B's list (the profiled devices' group), as a user would.
    await page.goto('/compare');
    await page.getByTestId('flip-b').selectOption(b);
    await expect(page).toHaveURL(new RegExp(`b=${id}\\.latency`));
    await expect(page.getByTestId('flip-tau')).toHaveText(flip.kendallTau.toFixed(3));
    await expect(page.getByTestId('flip-profiled-note')).toContainText('Latency E2E laptop (profiled): ranked by the profile');
    // The matrix gains the device as its last row and column, pickable with A100 throughput.
    await expect(page.getByTestId('corr-profiled-note')).toContainText('Latency E2E laptop (profiled)');
    await expect(page.getByTestId(`corr-pick-throughput_a100-${b}`)).toBeAttached();
    await expect(page.getByTestId('correlation-heatmap')).toContainText('E2E laptop lat.');
    await expect(page.getByTestId('corr-picked')).toContainText('Latency E2E laptop (profiled)');

    await page.reload();
    await expect(page.getByTestId('flip-b')).toHaveValue(b);
    await expect(page.getByTestId('corr-profiled-note')).toBeVisible();
    await expect(page.getByTestId('flip-tau')).toHaveText(flip.kendallTau.toFixed(3));
    if (size.name === 'phone') await expect.poll(() => page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await expectNoSeriousAxeViolations(page);
  });

  test(`an unknown profiled device is named in a message, not a crash (${size.name})`, async ({ page }) => {
    await page.setViewportSize({ width: size.width, height: size.height });
    await page.goto(`/pareto?metric=${UNKNOWN}.latency`);
    await expect(page.getByTestId('pareto-profile-error')).toContainText(`No profiled device ${UNKNOWN} on this server`);
    await expect(page.getByTestId('pareto-metric')).toHaveValue(`${UNKNOWN}.latency`);

    await page.goto(`/compare?b=${UNKNOWN}.latency`);
    await expect(page.locator('#rank-flips [role="alert"]')).toContainText(`No device profile with id ${UNKNOWN}`);
    await expect(page.locator('#agreement [role="alert"]')).toContainText(`No device profile with id ${UNKNOWN}`);
    // ANB's matrix is still there.
    await expect(page.getByTestId('correlation-heatmap')).toBeVisible();
    await expectNoSeriousAxeViolations(page);
  });
}
