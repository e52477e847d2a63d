// Journey (#16 item 7): every view on a 390 × 844 phone. The page never scrolls sideways (wide tables
// scroll in their own region), no chart is wider than the window, every control a finger uses is at
// least 24 × 24 CSS px (WCAG 2.5.8; links inside running text are exempt), and axe finds nothing
// serious, target size included (Lighthouse's `target-size` audit is axe's rule). The landing page and
// /pareto are saved for the README; /pareto's targets are checked at desktop size too.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { expectNoSeriousAxeViolations } from './expectNoSeriousAxeViolations';
import { saveScreenshot } from './saveScreenshot';

const PHONE = { width: 390, height: 844 };
const B0 = '1311-6321-6521-6331-6531-6541-6311';

/** The header's views (the tour stands for its steps, swept one by one below). */
const HEADER_VIEWS = [
  '/',
  '/pareto',
  '/compare',
  '/devices',
  `/arch/${B0}`,
  '/search',
  '/searches',
  '/proxy',
  '/surrogates',
  '/data',
  '/api-docs',
];
const TOUR_STEP_COUNT = 6;
const VIEWS = [...HEADER_VIEWS, ...Array.from({ length: TOUR_STEP_COUNT }, (_, i) => `/tour/${i + 1}`), '/no-such-page'];

/** Something each view shows once its content is in, beyond the network going quiet. */
const READY: Record<string, (page: Page) => Promise<void>> = {
  '/api-docs': (page) => expect(page.getByText('ANB Explorer API').first()).toBeVisible({ timeout: 30_000 }),
  '/pareto': (page) => expect(page.getByTestId('pareto-chart')).toBeVisible(),
};

/** Opens a view and scrolls through it once, so the panels rendered only when scrolled near are there too. */
async function open(page: Page, path: string) {
  await page.goto(path, { waitUntil: 'networkidle' });
  await READY[path]?.(page);
  await page.evaluate(async () => {
    for (let y = 0; y < document.documentElement.scrollHeight; y += window.innerHeight / 2) {
      window.scrollTo(0, y);
      await new Promise((r) => setTimeout(r, 100));
    }
    window.scrollTo(0, 0);
  });
  await page.waitForLoadState('networkidle');
}

/** The page's width against the window's: more means a sideways scroll. */
const pageWidth = (page: Page) =>
  page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, clientWidth: document.documentElement.clientWidth }));

/**
 * Charts (SVG or canvas wider than an icon) wider than the window or running past its right edge. A chart
 * that has a minimum width (/compare's 9 × 9 matrix keeps its cells 24 px pick targets at 560 px) may
 * scroll inside its own labelled region; then that region must fit the window.
 */
const wideCharts = (page: Page) =>
  page.evaluate(() => {
    const limit = document.documentElement.clientWidth;
    const found: string[] = [];
    for (const chart of document.querySelectorAll('svg, canvas')) {
      if (chart.getBoundingClientRect().width <= 100) continue;
      const region = chart.closest('[role=region][aria-label]');
      const scrolls = region !== null && ['auto', 'scroll'].includes(getComputedStyle(region).overflowX);
      const box = (scrolls ? region : chart).getBoundingClientRect();
      if (box.width > limit || box.right > limit + 0.5)
        found.push(
          `${chart.tagName} "${chart.getAttribute('aria-label') ?? ''}" ${Math.round(box.width)} px wide, right edge at ${Math.round(box.right)}`,
        );
    }
    return found;
  });

/**
 * Visible interactive elements smaller than 24 × 24 CSS px. A checkbox or radio counts as its label (a
 * click on the label toggles it); a link is exempt when it is inline in text: in a sentence, or in a
 * table cell whose row's line height sets its size (WCAG 2.5.8's "inline" exception).
 */
const smallTargets = (page: Page, exclude?: string) =>
  page.evaluate((exclude) => {
    const SELECTOR =
      'a[href], button, input:not([type=hidden]), select, textarea, summary, [role=button], [role=link], [role=tab], [role=checkbox], [role=radio], [tabindex]:not([tabindex="-1"])';
    const blockOf = (el: Element) => {
      let a = el.parentElement;
      while (a && getComputedStyle(a).display.startsWith('inline')) a = a.parentElement;
      return a;
    };
    const MIN = 24 - 0.01;
    const found: string[] = [];
    for (const el of document.querySelectorAll(SELECTOR)) {
      if (exclude && el.closest(exclude)) continue;
      let target: Element = el;
      if (el.matches('input[type=checkbox], input[type=radio]'))
        target = el.closest('label') ?? (el.id ? document.querySelector(`label[for="${el.id}"]`) : null) ?? el;
      const box = target.getBoundingClientRect();
      // Not shown (display: none, or visually hidden and reached through its label).
      if (box.width <= 1 || box.height <= 1 || getComputedStyle(target).visibility === 'hidden') continue;
      // Within a hundredth of a pixel: a box placed at fractional coordinates measures 23.99998 px.
      if (box.width >= MIN && box.height >= MIN) continue;
      if (target.tagName === 'A' && getComputedStyle(target).display === 'inline') {
        const block = blockOf(target);
        if (target.closest('td, th') || (block && block.textContent?.trim() !== target.textContent?.trim())) continue;
      }
      const name = (target.getAttribute('aria-label') ?? target.textContent ?? '').trim().slice(0, 40);
      found.push(`${target.tagName.toLowerCase()} "${name}" ${box.width.toFixed(1)} × ${box.height.toFixed(1)}`);
    }
    return found;
  }, exclude);

/** axe's target-size rule (off by default in axe; Lighthouse runs it): serious and critical findings. */
async function axeTargetSize(page: Page, exclude?: string) {
  const builder = new AxeBuilder({ page }).withRules(['target-size']);
  if (exclude) builder.exclude(exclude);
  const { violations } = await builder.analyze();
  return violations.flatMap((v) => v.nodes.map((n) => `${n.target.join(' ')}: ${n.failureSummary ?? ''}`));
}

test.describe('every view at 390 × 844', () => {
  test.use({ viewport: PHONE });

  test('the sweep covers every view the header lists and every tour step', async ({ page }) => {
    await page.goto('/');
    const hrefs = await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link')
      .evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    // The brand and "Overview" both link to /; /tour redirects to the first step.
    expect([...new Set(hrefs)]).toEqual(['/', '/tour', ...HEADER_VIEWS.slice(1)]);
    await page.goto('/tour/1');
    await expect(page.getByRole('navigation', { name: 'Tour steps' }).getByRole('link')).toHaveCount(TOUR_STEP_COUNT);
  });

  for (const path of VIEWS) {
    test(`${path}: no sideways scroll, charts within the window, 24 px targets, no serious axe finding`, async ({ page }) => {
      test.setTimeout(90_000);
      await open(page, path);
      const { scrollWidth, clientWidth } = await pageWidth(page);
      expect(clientWidth).toBe(PHONE.width);
      expect(scrollWidth, 'the page scrolls sideways').toBeLessThanOrEqual(clientWidth);
      expect(await wideCharts(page)).toEqual([]);
      expect(await smallTargets(page)).toEqual([]);
      expect(await axeTargetSize(page)).toEqual([]);
      await expectNoSeriousAxeViolations(page);
      if (path === '/') await saveScreenshot(page, 'phone-landing');
      if (path === '/pareto') await saveScreenshot(page, 'phone-pareto');
    });
  }

  test('the landing chart is drawn at the width of its box, its front points 24 px link targets', async ({ page }) => {
    await page.goto('/');
    const svg = page.getByTestId('pareto-scatter');
    await expect(svg).toBeVisible();
    // Measured after hydration: until then the chart may still have its server-rendered size.
    await expect.poll(async () => (await svg.boundingBox())!.height).toBe(320);
    const box = (await svg.boundingBox())!;
    // 390 px less the scrollbar's gutter, the page's padding and the chart box's border and padding.
    expect(box.width).toBeLessThanOrEqual(PHONE.width - 32 - 18);
    expect(box.width).toBeGreaterThan(300);
    expect(box.height).toBe(320);
    const link = (await page.getByTestId('pareto-front-points').locator('a').first().boundingBox())!;
    expect(link.width).toBeCloseTo(24, 1);
    expect(link.height).toBeCloseTo(24, 1);
  });
});

test('/pareto at 1440 × 900 has no target under 24 px either (the Lighthouse desktop audit failed it)', async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await open(page, '/pareto');
  expect(await smallTargets(page, undefined)).toEqual([]);
  expect(await axeTargetSize(page, undefined)).toEqual([]);
  // The gene toggles Lighthouse named: 24 px tall now (they were 22).
  const toggle = (await page.getByTestId('gene-e').locator('label').first().boundingBox())!;
  expect(toggle.height).toBeGreaterThanOrEqual(24);
  expect(toggle.width).toBeGreaterThanOrEqual(24);
});
