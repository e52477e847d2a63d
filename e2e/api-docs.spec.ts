// Journey: a developer finds the API from the header, reads the operations at a glance (from the server's
// own /api/openapi.json), opens the interactive reference (Scalar, loaded only then: `?try=true`) and
// sends a real request from it — and nothing is fetched from another host
// (the CSP allows none, and the reference is configured without fonts, telemetry or hosted tools).
import { expect, test, type Page } from '@playwright/test';
import { expectNoSeriousAxeViolations } from './expectNoSeriousAxeViolations';
import { saveScreenshot } from './saveScreenshot';

/** Requests that left this server, collected while the page is used. */
function foreignRequests(page: Page, base: string): string[] {
  const out: string[] = [];
  page.on('request', (r) => {
    const url = r.url();
    if (!url.startsWith(base) && !url.startsWith('data:') && !url.startsWith('blob:')) out.push(url);
  });
  return out;
}

test('the API reference lists every operation and runs a test request against this server', async ({ page, baseURL, request }) => {
  const foreign = foreignRequests(page, baseURL!);
  const doc = (await (await request.get('/api/openapi.json')).json()) as { paths: Record<string, Record<string, { summary: string }>> };
  const operations = Object.values(doc.paths).flatMap((item) => Object.keys(item).filter((k) => ['get', 'post', 'delete'].includes(k)));

  await page.goto('/');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'API', exact: true }).click();
  await expect(page).toHaveURL(/\/api-docs$/);
  await expect(page.getByRole('heading', { level: 1, name: 'API reference' })).toBeVisible();
  // Every operation of the document is listed at once, with its summary; Scalar is not loaded yet.
  await expect(page.getByTestId('api-operation')).toHaveCount(operations.length);
  await expect(page.getByTestId('api-operations').getByText(doc.paths['/api/v1/predict'].get.summary)).toBeVisible();
  await expect(page.getByRole('button', { name: /Test Request/i })).toHaveCount(0);
  await expectNoSeriousAxeViolations(page);
  await page.getByRole('button', { name: 'Open the interactive reference' }).click();
  await expect(page).toHaveURL(/\/api-docs\?try=true$/);
  await expect(page.getByRole('button', { name: /Test Request/i }).first()).toBeVisible({ timeout: 30_000 });
  await expect(page.getByText('ANB Explorer API').first()).toBeVisible();
  await expect(page.getByText('OpenAPI 3.1.0').first()).toBeVisible();
  // Every tag of the document is a section of the sidebar, and the first operation's summary is listed.
  for (const tag of ['dataset', 'devices', 'pareto', 'proxy', 'surrogates', 'searches'])
    await expect(page.getByText(tag, { exact: true }).first()).toBeVisible();
  await expect(page.getByText(doc.paths['/api/v1/architectures'].get.summary).first()).toBeVisible();
  // Hosted tools that would talk to another service are off.
  for (const name of [/Ask AI/i, /^Deploy/i, /Generate SDK/i]) await expect(page.getByRole('button', { name })).toHaveCount(0);

  await page
    .getByRole('button', { name: /Test Request/i })
    .first()
    .click();
  const send = page.getByRole('button', { name: /^Send/i }).first();
  await expect(send).toBeVisible();
  const answered = page.waitForResponse((r) => r.url().startsWith(`${baseURL}/api/v1/`) && r.request().method() === 'GET');
  await send.click();
  const res = await answered;
  expect(res.status()).toBe(200);
  await expect(page.getByText('200 OK').first()).toBeVisible();
  await saveScreenshot(page, 'api-docs-test-request');
  expect(foreign).toEqual([]);
});

test('the API reference has no page-level sideways scroll on a phone', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/api-docs');
  await expect(page.getByTestId('api-operation').first()).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
  // The shared link of the opened reference opens it at once.
  await page.goto('/api-docs?try=1');
  // Scalar's phone layout (its operations behind "Open Menu") shows the document's download first.
  await expect(page.getByRole('button', { name: 'Download OpenAPI Document as JSON' })).toBeVisible({ timeout: 30_000 });
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});
