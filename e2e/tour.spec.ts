// Journey: a presenter walks the guided tour with the keyboard, each step its own URL, in large type.
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { saveScreenshot } from './saveScreenshot';

const TITLES = ['The search space', 'Surrogates', 'Pareto fronts', 'Hardware awareness', 'Training proxies', 'Search'];

test('the tour moves with ← and →, one URL per step, each highlighting live UI', async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto('/tour');
  await expect(page).toHaveURL(/\/tour\/1$/);
  for (let i = 0; i < TITLES.length; i++) {
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(TITLES[i]);
    await expect(page).toHaveURL(new RegExp(`/tour/${i + 1}$`));
    await expect(page.getByTestId('tour-highlight')).toBeVisible();
    const { violations } = await new AxeBuilder({ page }).analyze();
    const serious = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(
      serious.map(
        (v) =>
          `${TITLES[i]}: ${v.id}: ${v.nodes
            .slice(0, 3)
            .map((n) => n.target.join(' '))
            .join(' | ')}`,
      ),
    ).toEqual([]);
    if (i < TITLES.length - 1) await page.keyboard.press('ArrowRight');
  }
  // The last step is the live race itself.
  await expect(page.getByTestId('race-status')).toHaveAttribute('data-phase', /running|done/, { timeout: 30_000 });
  await page.keyboard.press('ArrowLeft');
  await expect(page).toHaveURL(/\/tour\/5$/);

  // Large type is URL state and survives navigation.
  await page.getByRole('button', { name: 'Large type' }).click();
  await expect(page).toHaveURL(/\/tour\/5\?large=true$/);
  await page.keyboard.press('ArrowLeft');
  await expect(page).toHaveURL(/\/tour\/4\?large=true$/);
  await expect(page.locator('[data-large="true"]')).toBeVisible();
  await saveScreenshot(page, 'tour');

  expect((await page.goto('/tour/7'))?.status()).toBe(404);
});

test('/tour?large=true keeps large type through its redirect, and ?large=1 means the same', async ({ page }) => {
  await page.goto('/tour?large=true');
  await expect(page).toHaveURL(/\/tour\/1\?large=true$/);
  await expect(page.locator('[data-large="true"]')).toBeVisible();
  await page.goto('/tour?large=1');
  await expect(page).toHaveURL(/\/tour\/1\?large=1$/);
  await expect(page.locator('[data-large="true"]')).toBeVisible();
  // → from a ?large=1 step keeps large type (written the canonical way).
  await page.keyboard.press('ArrowRight');
  await expect(page).toHaveURL(/\/tour\/2\?large=true$/);
  await expect(page.locator('[data-large="true"]')).toBeVisible();
  // Off spellings are quiet; a value that means nothing is named.
  for (const off of ['0', 'false']) {
    await page.goto(`/tour/1?large=${off}`);
    await expect(page.locator('[data-large="false"]')).toBeVisible();
    await expect(page.getByTestId('large-note')).toHaveCount(0);
  }
  await page.goto('/tour/1?large=yes');
  await expect(page.getByTestId('large-note')).toHaveText(
    'large=yes was not understood, so the tour is in normal type: large type is large=true or large=1.',
  );
});

for (const viewport of [
  { width: 1440, height: 900 },
  { width: 390, height: 844 },
]) {
  test(`Previous and Next stay in the same place on every step at ${viewport.width}×${viewport.height}`, async ({ page }) => {
    test.setTimeout(120_000);
    await page.setViewportSize(viewport);
    const boxes: { step: number; next: string; prev: string }[] = [];
    const box = async (testId: string) => {
      const b = (await page.getByTestId(testId).boundingBox())!;
      return [b.x, b.y, b.width, b.height].map((v) => Math.round(v)).join(',');
    };
    for (let i = 1; i <= TITLES.length; i++) {
      await page.goto(`/tour/${i}`);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(TITLES[i - 1]);
      // The step's live UI is there, so its full height (and any scrollbar) is when measured.
      await expect(page.getByTestId('tour-highlight')).toBeVisible();
      const top = { step: i, next: await box('tour-next'), prev: await box('tour-prev') };
      boxes.push(top);
      // Scrolled to the end of the step, the bar has not moved either.
      await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
      boxes.push({ step: i, next: await box('tour-next'), prev: await box('tour-prev') });
    }
    for (const b of boxes)
      expect({ step: b.step, next: b.next, prev: b.prev }).toEqual({ step: b.step, next: boxes[0].next, prev: boxes[0].prev });
    // At the ends the buttons are there but disabled.
    await expect(page.getByTestId('tour-next')).toHaveAttribute('aria-disabled', 'true');
    await page.goto('/tour/1');
    await expect(page.getByTestId('tour-prev')).toHaveAttribute('aria-disabled', 'true');
    // Clicking Next moves one step.
    await page.getByTestId('tour-next').click();
    await expect(page).toHaveURL(/\/tour\/2$/);
  });
}
