// Journey: a researcher opens a /search link with bad settings (?o=foo&budget=-3). The page names each
// setting it changed — what was given, what it uses, why — races what it says, shows the finished race
// without pressable-looking controls, keeps the legends clear of the lines, and a clean "Run race"
// leaves a clean link with no notice.
import { expect, test, type Page } from '@playwright/test';
import { expectNoSeriousAxeViolations } from './expectNoSeriousAxeViolations';

/** The legend of each race line chart sits wholly above its plot. */
async function expectLegendsAbovePlots(page: Page) {
  const legends = page.getByTestId('race-legend');
  const plots = page.getByTestId('race-plot');
  await expect(legends).toHaveCount(2);
  for (let i = 0; i < 2; i++) {
    const legend = (await legends.nth(i).boundingBox())!;
    const plot = (await plots.nth(i).boundingBox())!;
    expect(legend.y + legend.height, `chart ${i + 1}: legend bottom ≤ plot top`).toBeLessThanOrEqual(plot.y);
  }
}

test('?o=foo&budget=-3 says what it changed and races what it says', async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto('/search?o=foo&budget=-3');
  const notice = page.getByTestId('race-corrections');
  await expect(notice.getByRole('heading')).toHaveText('2 settings in this address were changed');
  await expect(notice.locator('[data-param="o"]')).toHaveText(
    'o=foo → rs, re, reinforce (the default: no known optimizer was given). o contains "foo"; allowed values: rs, re, reinforce, ls, nsga2 (comma-separated).',
  );
  await expect(notice.locator('[data-param="budget"]')).toHaveText(
    'budget=-3 → 10 (the nearest allowed). budget is -3; allowed: an integer from 10 to 20,000.',
  );
  // The race is the one the notice describes: three optimizers, three seeds, ten evaluations each.
  await expect(page.locator('#race-heading')).toHaveText(/^Race: Random search, Regularized evolution, REINFORCE × 3 seeds on /);
  await expect(page.getByTestId('race-status')).toHaveAttribute('data-phase', 'done', { timeout: 60_000 });
  await expect(page.getByTestId('race-status')).toContainText('Done: 90 evaluations');
  // Finished: said, and nothing left that looks pressable.
  await expect(page.getByTestId('race-finished')).toHaveText('Race finished');
  await expect(page.getByRole('button', { name: /^(Pause|Resume|Step)$/ })).toHaveCount(0);
  await expectLegendsAbovePlots(page);
  await expectNoSeriousAxeViolations(page);

  // Running the race from the form writes a clean link: the notice goes.
  await page.getByRole('button', { name: 'Run race' }).click();
  await expect(page).toHaveURL(/budget=10/);
  await expect(page).not.toHaveURL(/o=foo/);
  await expect(page.getByTestId('race-corrections')).toHaveCount(0);
});

test('a clean race link shows no notice, and a running race has its controls', async ({ page }) => {
  await page.goto('/search?o=rs&seeds=1&budget=2000');
  await expect(page.getByTestId('race-status')).toHaveAttribute('data-phase', /running|done/, { timeout: 30_000 });
  await expect(page.getByTestId('race-corrections')).toHaveCount(0);
  await expect(page.locator('#race-heading')).toHaveText(/× 1 seed on /);
});

test('the notice fits a phone', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/search?o=foo,annealing&seeds=99&metric=speed_h100&budgett=5');
  const notice = page.getByTestId('race-corrections');
  await expect(notice.getByTestId('race-correction')).toHaveCount(4);
  const box = (await notice.boundingBox())!;
  expect(box.x + box.width).toBeLessThanOrEqual(390);
});
