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
