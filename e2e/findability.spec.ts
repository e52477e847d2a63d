// Journey (#16 item 10): a first visit finds its way. Every view, the tour and the stored searches
// included, is in the header; the landing page says where to start; the landing chart answers a hover
// with the point's code and numbers, opens a clicked point in the editor and lets a keyboard walk the front.
import { expect, test, type Page } from '@playwright/test';
import { expectNoSeriousAxeViolations } from './expectNoSeriousAxeViolations';

const B0 = '1311-6321-6521-6331-6531-6541-6311';

/** Centre of the first front point on the page, in page pixels. */
async function firstFrontPoint(page: Page) {
  const box = await page.getByTestId('pareto-front-points').locator('circle').first().boundingBox();
  if (!box) throw new Error('the landing chart drew no front point');
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

for (const size of [
  { name: 'desktop', width: 1440, height: 900 },
  { name: 'phone', width: 390, height: 844 },
]) {
  test.describe(size.name, () => {
    test.use({ viewport: { width: size.width, height: size.height } });

    test('the header links every view, the tour and the stored searches included', async ({ page }) => {
      await page.goto('/pareto');
      const nav = page.getByRole('navigation', { name: 'Main' });
      for (const name of [
        'Overview',
        'Tour',
        'Pareto',
        'Accelerators',
        'Editor',
        'Search',
        'Stored searches',
        'Proxy fidelity',
        'Surrogates',
        'Data',
      ])
        await expect(nav.getByRole('link', { name, exact: true })).toBeVisible();
      await nav.getByRole('link', { name: 'Stored searches', exact: true }).click();
      await expect(page).toHaveURL(/\/searches$/);
      await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Tour', exact: true }).click();
      await expect(page).toHaveURL(/\/tour\/1/);
    });

    test('the landing page says where to start', async ({ page }) => {
      await page.goto('/');
      const start = page.getByTestId('start-here');
      await expect(start.getByRole('heading', { name: 'Start here' })).toBeVisible();
      await expect(start.getByRole('link', { name: /Take the guided tour/ })).toHaveAttribute('href', '/tour');
      await expect(start.getByRole('link', { name: /Pareto explorer/ })).toHaveAttribute('href', '/pareto');
      await expect(start.getByRole('link', { name: /Architecture editor/ })).toHaveAttribute('href', `/arch/${B0}`);
      await expect(start.getByRole('link', { name: /^Search/ })).toHaveAttribute('href', '/search');
      await start.getByRole('link', { name: /Take the guided tour/ }).click();
      await expect(page).toHaveURL(/\/tour\/1/);
    });
  });
}

test('hovering a landing point shows its code, top-1 and metric as the API gives them; a click opens it', async ({ page, request }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  const api = await (await request.get('/api/v1/pareto?metric=throughput_a100')).json();
  // The front comes sorted by x ascending, as the chart draws it: its first point is the slowest on the front.
  const first = api.front[0] as { code: string; x: number; y: number };
  await page.goto('/');
  const p = await firstFrontPoint(page);
  const tip = page.getByTestId('pareto-tooltip');
  // The server-rendered chart answers once hydrated (5,138 points): hover again until it does.
  await expect
    .poll(async () => {
      await page.mouse.move(5, 5);
      await page.mouse.move(p.x, p.y);
      return tip.count();
    })
    .toBe(1);
  await expect(tip).toBeVisible();
  await expect(tip).toContainText(first.code);
  await expect(tip).toContainText(`Top-1 ${first.y.toFixed(2)} %`);
  await expect(tip).toContainText(`${Math.round(first.x).toLocaleString('en-US')} img/s`);
  await expect(tip).toContainText('On the Pareto front');
  await expect(page.getByTestId('pareto-highlight')).toHaveCount(1);
  await page.mouse.move(5, 5);
  await expect(tip).toHaveCount(0);

  await page.mouse.click(p.x, p.y);
  await expect(page).toHaveURL(new RegExp(`/arch/${first.code}$`));
});

test('a keyboard reaches the front points as links named by their numbers', async ({ page, request }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  const api = await (await request.get('/api/v1/pareto?metric=throughput_a100')).json();
  await page.goto('/');
  const links = page.getByTestId('pareto-front-points').getByRole('link');
  await expect(links).toHaveCount(api.front.length);
  await expect(links.first()).toHaveAccessibleName(new RegExp(`^${api.front[0].code}: Top-1 [0-9.]+ %, .* img/s; open in the editor$`));
  await links.first().focus();
  await expect(page.getByTestId('pareto-tooltip')).toContainText(api.front[0].code);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`/arch/${api.front[0].code}$`));
});

test('a phone taps a landing point to open it', async ({ browser, request }) => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
  const page = await context.newPage();
  const api = await (await request.get('/api/v1/pareto?metric=throughput_a100')).json();
  await page.goto('/');
  const point = page.getByTestId('pareto-front-points').locator('circle').first();
  await point.scrollIntoViewIfNeeded();
  const p = await firstFrontPoint(page);
  await page.touchscreen.tap(p.x, p.y);
  await expect(page).toHaveURL(new RegExp(`/arch/${api.front[0].code}$`));
  await context.close();
});

test('the landing page with its interactive chart has no serious accessibility violation', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByTestId('landing-chart')).toBeVisible();
  await expectNoSeriousAxeViolations(page);
});
