// Journey: a visitor follows a dead link, a mistyped architecture link, and the browser asks for
// /favicon.ico. Each answers with the right status; the 404 pages are styled, hydrated under the CSP
// (their scripts carry the response's nonce, so the console stays free of CSP errors) and lead on.
import { expect, test, type Page } from '@playwright/test';
import { expectNoSeriousAxeViolations } from './expectNoSeriousAxeViolations';

const B0 = '1311-6321-6521-6331-6531-6541-6311';

/**
 * Console errors and uncaught exceptions from now on (a CSP refusal is a console error in Chromium).
 * Chromium also logs "Failed to load resource … 404" for a document that is itself a 404: the pages
 * under test are, on purpose, so that one line is expected for each of `notFoundPaths`.
 */
function collectErrors(page: Page, notFoundPaths: string[]): string[] {
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() !== 'error') return;
    const own = notFoundPaths.some((p) => new URL(m.location().url || 'about:blank', 'http://x').pathname === p);
    if (own && /Failed to load resource: .* 404/.test(m.text())) return;
    errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  return errors;
}

/** The script nonce of a response's CSP, and the nonces on the scripts of its HTML. */
async function nonces(page: Page, path: string) {
  const res = await page.request.get(path);
  const csp = res.headers()['content-security-policy'] ?? '';
  const html = await res.text();
  return {
    status: res.status(),
    header: /'nonce-([^']+)'/.exec(csp)?.[1],
    scripts: [...html.matchAll(/<script\b[^>]*>/g)].map((m) => /\bnonce="([^"]*)"/.exec(m[0])?.[1] ?? null),
  };
}

test('an unknown address answers 404 with a styled page that links to every view and runs under the CSP', async ({ page }) => {
  const errors = collectErrors(page, ['/no-such-page']);
  const response = await page.goto('/no-such-page');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
  await expect(page).toHaveTitle(/Page not found/);
  const views = page.getByRole('navigation', { name: 'Views' });
  for (const name of [
    'Overview',
    'Guided tour',
    'Pareto explorer',
    'Accelerators',
    'Architecture editor',
    'Search',
    'Stored searches',
    'Data',
  ])
    await expect(views.getByRole('link', { name: new RegExp(`^${name}`) })).toBeVisible();
  // Rendered for this request, not prerendered: every script carries this response's nonce.
  const n = await nonces(page, '/another/missing/page');
  expect(n.status).toBe(404);
  expect(n.header).toBeTruthy();
  expect(n.scripts.length).toBeGreaterThan(0);
  expect(n.scripts.every((s) => s === n.header)).toBe(true);
  await expectNoSeriousAxeViolations(page);
  // Hydrated: a link navigates on the client.
  await views.getByRole('link', { name: /^Pareto explorer/ }).click();
  await expect(page).toHaveURL(/\/pareto(\?|$)/);
  expect(errors).toEqual([]);
});

test('an invalid architecture code answers 404 and still says what is wrong and how to fix it', async ({ page }) => {
  const errors = collectErrors(page, ['/arch/not-a-code']);
  const response = await page.goto('/arch/not-a-code');
  expect(response?.status()).toBe(404);
  await expect(page).toHaveTitle(/Invalid architecture code/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Not an architecture code');
  await expect(page.getByTestId('invalid-message')).toHaveText(
    `An architecture code has 7 dash-separated groups of 4 digits (one per block, "e k l se"), e.g. ${B0}; "not-a-code" has 3.`,
  );
  // A code of the right shape with a bad gene names the gene.
  expect((await page.request.get('/arch/1311-9311-6521-6331-6531-6541-6311')).status()).toBe(404);
  const n = await nonces(page, '/arch/not-a-code');
  expect(n.scripts.every((s) => s === n.header)).toBe(true);
  await page.getByRole('link', { name: /EfficientNet-B0/ }).click();
  await expect(page).toHaveURL(new RegExp(`/arch/${B0}(\\?|$)`));
  await expect(page.getByTestId('arch-code')).toHaveText(B0);
  expect(errors).toEqual([]);
  // A valid code is still a 200.
  expect((await page.request.get(`/arch/${B0}`)).status()).toBe(200);
});

test('the icons are served: /favicon.ico as an ICO, the SVG icon linked from every page', async ({ page, request }) => {
  const ico = await request.get('/favicon.ico');
  expect(ico.status()).toBe(200);
  expect(ico.headers()['content-type']).toContain('image/x-icon');
  const body = await ico.body();
  expect([...body.subarray(0, 6)]).toEqual([0, 0, 1, 0, 3, 0]); // an icon with three images
  await page.goto('/');
  const href = await page.locator('link[rel="icon"][type="image/svg+xml"]').getAttribute('href');
  expect(href).toBeTruthy();
  const svg = await request.get(href!);
  expect(svg.status()).toBe(200);
  expect(svg.headers()['content-type']).toContain('image/svg+xml');
  expect(await svg.text()).toContain('<title>ANB Explorer</title>');
});

test('the not-found page fits a phone', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  expect((await page.goto('/no-such-page'))?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
});
