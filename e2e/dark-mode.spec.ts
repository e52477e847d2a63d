// Journey: a visitor whose system is dark gets every view dark, charts included (axis text, the /pareto
// cloud's canvas, exported figures), with no serious axe violation; the header's switch overrides the
// system, is remembered by this browser (localStorage) and never written into the URL; a stored "dark" is
// applied before the first paint (no flash of light), without hydration errors. Desktop and phone size.
import { expect, test, type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { expectNoSeriousAxeViolations } from './expectNoSeriousAxeViolations';
import { saveScreenshot } from './saveScreenshot';

const SIZES = [
  { name: 'desktop', width: 1280, height: 800 },
  { name: 'phone', width: 390, height: 844 },
] as const;

/** The views swept at phone size too: the landing chart, the canvas cloud, the editor and the parallel coordinates. */
const PHONE_VIEWS = ['/', '/pareto?n=10000', '/arch/1311-1311-6521-6331-6531-6541-6311', '/data'];

/** Every view of the header, and whether it shows a visx chart (with axes) as soon as it has loaded. */
const VIEWS = [
  { path: '/', chart: true },
  { path: '/tour/1', chart: false },
  { path: '/pareto?n=10000', chart: true },
  { path: '/compare', chart: true },
  { path: '/arch/1311-1311-6521-6331-6531-6541-6311', chart: false },
  { path: '/search', chart: false },
  { path: '/searches', chart: false },
  { path: '/proxy', chart: true },
  { path: '/surrogates', chart: true },
  { path: '/data', chart: false },
  { path: '/api-docs', chart: false },
] as const;

/** WCAG relative luminance of whatever CSS colour the page computes (rgb(), oklch(), lab()...), via a 1×1 canvas. */
async function luminance(page: Page, selector: string, property: 'backgroundColor' | 'fill'): Promise<number[]> {
  return page.locator(selector).evaluateAll((els, prop) => {
    const ctx = document.createElement('canvas').getContext('2d', { willReadFrequently: true })!;
    return els.map((el) => {
      ctx.clearRect(0, 0, 1, 1);
      ctx.fillStyle = getComputedStyle(el)[prop as 'fill'];
      ctx.fillRect(0, 0, 1, 1);
      const [r, g, b] = [...ctx.getImageData(0, 0, 1, 1).data].map((v) => {
        const c = v / 255;
        return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
      });
      return 0.2126 * r + 0.7152 * g + 0.0722 * b;
    });
  }, property as string);
}

const theme = (page: Page) => page.evaluate(() => document.documentElement.dataset.theme);
const stored = (page: Page) => page.evaluate(() => localStorage.getItem('anb-theme'));

/** Scrolls to the end and back so sections rendered when visible (WhenVisible) are there for axe. */
async function revealAll(page: Page): Promise<void> {
  await page.evaluate(async () => {
    for (let y = 0; y < document.documentElement.scrollHeight; y += window.innerHeight) {
      window.scrollTo(0, y);
      await new Promise((r) => setTimeout(r, 150));
    }
    window.scrollTo(0, 0);
  });
  await page.waitForLoadState('networkidle');
}

/** Which of the two themes' predicted-cloud colours (--cloud-predicted) the /pareto canvas holds: opaque
 *  enough pixels within 4 of either (the canvas stores premultiplied alpha, so channels come back rounded). */
async function cloudColours(page: Page): Promise<{ light: boolean; dark: boolean }> {
  const canvas = page.locator('[data-testid="pareto-cloud-chart"] canvas');
  await canvas.scrollIntoViewIfNeeded();
  return canvas.evaluate((el: HTMLCanvasElement) => {
    const { data } = el.getContext('2d')!.getImageData(0, 0, el.width, el.height);
    const near = (i: number, rgb: number[]) => rgb.every((v, k) => Math.abs(data[i + k] - v) <= 4);
    let light = false;
    let dark = false;
    for (let i = 0; i < data.length; i += 4) {
      if (data[i + 3] < 100) continue;
      if (near(i, [71, 85, 105])) light = true;
      if (near(i, [148, 163, 184])) dark = true;
    }
    return { light, dark };
  });
}

/** The URL's query keys: the theme must never be one of them. */
const queryKeys = (page: Page) => [...new URL(page.url()).searchParams.keys()];

test.describe('system dark', () => {
  test.use({ colorScheme: 'dark' });

  // Every view at desktop size; at phone size the views with charts and the editor (e2e/phone.spec.ts
  // checks every view's layout and axe at 390 px in the light theme): 22 sweeps took CI ~5 minutes.
  for (const size of SIZES)
    for (const view of VIEWS.filter((v) => size.name === 'desktop' || PHONE_VIEWS.includes(v.path)))
      test(`${view.path} is dark and passes axe (${size.name})`, async ({ page }) => {
        test.setTimeout(120_000);
        await page.setViewportSize({ width: size.width, height: size.height });
        // /api-docs loads Scalar's interactive reference on demand: open it (?try=1) so both are checked dark.
        await page.goto(view.path === '/api-docs' ? '/api-docs?try=1' : view.path);
        await expect(page.locator('main h1').first()).toBeVisible();
        expect(await theme(page)).toBe('dark');
        // The page behind everything: slate-950, luminance about 0.002 (white is 1).
        expect((await luminance(page, 'body', 'backgroundColor'))[0]).toBeLessThan(0.01);
        if (view.chart) {
          const axisText = page.locator('main svg .visx-axis text');
          await expect(axisText.first()).toBeVisible({ timeout: 60_000 });
          // Light tick and axis labels on the dark card: every one of them, named or visx's default #222.
          expect(Math.min(...(await luminance(page, 'main svg .visx-axis text', 'fill')))).toBeGreaterThan(0.3);
        }
        if (view.path === '/api-docs') await expect(page.locator('body')).toHaveClass(/dark-mode/, { timeout: 30_000 });
        // The editor's predictions arrive from the worker after load: check the page with them, not its skeleton.
        if (view.path.startsWith('/arch/'))
          await expect(page.getByTestId('predicted-val_top1').locator('.animate-pulse')).toHaveCount(0, { timeout: 60_000 });
        await revealAll(page);
        await expectNoSeriousAxeViolations(page);
      });

  for (const size of SIZES)
    test(`the switch overrides the system, is remembered and stays out of the URL (${size.name})`, async ({ page }) => {
      test.setTimeout(180_000);
      await page.setViewportSize({ width: size.width, height: size.height });
      await page.goto('/pareto?n=10000');
      const toggle = page.getByRole('group', { name: 'Colour theme' });
      await expect(toggle.getByRole('radio', { name: 'Auto' })).toBeChecked();
      // Each option is a 28 px target (WCAG 2.5.8 asks 24).
      const box = (await toggle.locator('label').first().boundingBox())!;
      expect(Math.min(box.width, box.height)).toBeGreaterThanOrEqual(24);
      await expect(page.getByTestId('predicted-status')).toHaveAttribute('data-status', 'done', { timeout: 90_000 });
      await expect.poll(() => cloudColours(page)).toEqual({ light: false, dark: true });

      // The page pins its surrogate version in the URL once known; the switch adds nothing to it.
      const url = page.url();
      await page.getByTitle('Light: always light').click();
      expect(await theme(page)).toBe('light');
      expect((await luminance(page, 'body', 'backgroundColor'))[0]).toBeGreaterThan(0.9);
      expect(await stored(page)).toBe('light');
      expect(page.url()).toBe(url);
      // The canvas is redrawn in the light theme's colours, not only the CSS.
      await expect.poll(() => cloudColours(page)).toEqual({ light: true, dark: false });

      await page.reload();
      await expect(page.getByRole('radio', { name: 'Light' })).toBeChecked();
      expect(await theme(page)).toBe('light');
      expect(page.url()).toBe(url);
      expect(queryKeys(page).filter((k) => /theme|dark|light/i.test(k))).toEqual([]);

      // Auto follows the system again, live when it changes.
      await page.getByTitle(/^Auto/).click();
      expect(await theme(page)).toBe('dark');
      expect(await stored(page)).toBeNull();
      await page.emulateMedia({ colorScheme: 'light' });
      await expect.poll(() => theme(page)).toBe('light');
      await page.emulateMedia({ colorScheme: 'dark' });
      await expect.poll(() => theme(page)).toBe('dark');

      // Dark holds under a light system.
      await page.emulateMedia({ colorScheme: 'light' });
      await page.getByTitle('Dark: always dark').click();
      expect(await theme(page)).toBe('dark');
      await expect(page.getByRole('radio', { name: 'Dark' })).toBeChecked();
      expect(await stored(page)).toBe('dark');
      expect(page.url()).toBe(url);
      await expectNoSeriousAxeViolations(page);
    });

  test('an exported chart keeps the dark theme readable: dark background, light text', async ({ page }) => {
    await page.goto('/proxy');
    await expect(page.locator('main svg .visx-axis text').first()).toBeVisible();
    const download = page.waitForEvent('download');
    await page
      .getByRole('button', { name: /as SVG/ })
      .first()
      .click();
    const svg = await readFile((await (await download).path())!, 'utf8');
    // The figure's background is the card (#0f172a); its axis labels are --chart-ink (#e2e8f0), resolved.
    expect(svg).toMatch(/<rect width="100%" height="100%" fill="#0f172a"/);
    expect(svg).toContain('fill="rgb(226, 232, 240)"');
    expect(svg).not.toContain('var(--');
  });

  test('screenshots of the landing page and /pareto in the dark', async ({ page }) => {
    test.setTimeout(180_000);
    await page.goto('/');
    await expect(page.getByTestId('pareto-front-points').locator('circle').first()).toBeAttached();
    await saveScreenshot(page, 'dark-landing');
    await page.goto('/pareto');
    await expect(page.getByTestId('predicted-status')).toHaveAttribute('data-status', 'done', { timeout: 120_000 });
    await saveScreenshot(page, 'dark-pareto');
  });
});

test.describe('stored dark under a light system', () => {
  test.use({ colorScheme: 'light' });

  for (const size of SIZES)
    test(`the first paint is dark already, with no hydration error (${size.name})`, async ({ page, request }) => {
      await page.setViewportSize({ width: size.width, height: size.height });
      const errors: string[] = [];
      page.on('console', (m) => {
        if (m.type() === 'error') errors.push(m.text());
      });
      page.on('pageerror', (e) => errors.push(e.message));
      // Before any of the page's scripts: store "dark", and note the theme at the moment <body> is parsed,
      // before anything in it can be painted and before React hydrates.
      await page.addInitScript(() => {
        localStorage.setItem('anb-theme', 'dark');
        new MutationObserver((_, observer) => {
          if (!document.body) return;
          (window as unknown as { themeAtBody: string | undefined }).themeAtBody = document.documentElement.dataset.theme;
          observer.disconnect();
        }).observe(document, { childList: true, subtree: true });
      });
      await page.goto('/compare');
      expect(await page.evaluate(() => (window as unknown as { themeAtBody: string | undefined }).themeAtBody)).toBe('dark');
      await expect(page.getByRole('radio', { name: 'Dark' })).toBeChecked();
      await page.waitForLoadState('networkidle');
      expect(errors.filter((e) => /hydrat|#418|#425|did not match/i.test(e))).toEqual([]);
      // CSP: no script blocked (the inline theme script carries the request's nonce).
      expect(errors.filter((e) => /Content Security Policy/i.test(e))).toEqual([]);

      // The server's document: the theme script in <head>, with the nonce of the response's own CSP.
      const response = await request.get('/compare');
      const nonce = /'nonce-([^']+)'/.exec(response.headers()['content-security-policy'] ?? '')?.[1];
      expect(nonce).toBeTruthy();
      const html = await response.text();
      expect(html).toMatch(new RegExp(`<head>.*<script nonce="${nonce!.replace(/[+/=]/g, '\\$&')}">\\(function`, 's'));
      expect(html).toContain('"anb-theme"');
    });
});
