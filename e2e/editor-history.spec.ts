// Journey: a designer edits an architecture without scrolling. At 1440×900 and 1280×800 the 28 gene
// controls and every prediction are on screen together; on a phone the predictions follow the stages.
// Three quick edits become three history entries: Back, Forward, Undo, Redo (buttons and Ctrl+Z) walk
// them, the address, the gene controls and the predictions following each step, and every change is
// shown against the previous entry and the original, the API's difference of the two predictions.
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { expectNoSeriousAxeViolations } from './expectNoSeriousAxeViolations';
import { saveScreenshot } from './saveScreenshot';
import { TARGET_NAMES } from './targetNames';

const B0 = '1311-6321-6521-6331-6531-6541-6311';
/** B0, then stage 3 kernel 5×5, then stage 1 squeeze-excite off, then stage 1 one layer. */
const STEPS = [B0, '1311-6321-6521-6531-6531-6541-6311', '1311-6320-6521-6531-6531-6541-6311', '1311-6310-6521-6531-6531-6541-6311'];
/** The gene choice each edit clicks: [stage, gene, value]. */
const SET: [number, string, string][] = [
  [3, 'k', '5'],
  [1, 'se', 'false'],
  [1, 'l', '1'],
];

type Predictions = Record<string, { mean: number }>;
async function predict(request: APIRequestContext, code: string): Promise<Predictions> {
  return ((await (await request.get(`/api/v1/predict?arch=${code}`)).json()) as { predictions: Predictions }).predictions;
}

/** The click target of a gene choice: its label (the radio itself is visually hidden). */
const choice = (page: Page, stage: number, gene: string, value: string) => page.getByTestId(`gene-${stage}-${gene}-${value}`).locator('..');

async function expectInsideViewport(page: Page, testId: string) {
  const viewport = page.viewportSize()!;
  const box = (await page.getByTestId(testId).boundingBox())!;
  expect(box.y, `${testId} top`).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width, `${testId} right edge`).toBeLessThanOrEqual(viewport.width);
  expect(box.y + box.height, `${testId} bottom edge at ${viewport.width}×${viewport.height}`).toBeLessThanOrEqual(viewport.height);
}

test('stages and every prediction are above the fold at 1440×900 and 1280×800', async ({ page }) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto(`/arch/${B0}`);
  for (const t of TARGET_NAMES)
    // The first prediction of a fresh context waits for the wasm runtime to compile.
    await expect(page.getByTestId(`predicted-${t}`)).toHaveAttribute('data-mean', /\d/, { timeout: 60_000 });
  await expectInsideViewport(page, 'stage-editor');
  await expectInsideViewport(page, 'prediction-table');
  // Side by side: the predictions start to the right of the stages, not under them.
  const stages = (await page.getByTestId('stage-editor').boundingBox())!;
  const table = (await page.getByTestId('prediction-table').boundingBox())!;
  expect(table.x).toBeGreaterThanOrEqual(stages.x + stages.width);
  await expect(page.getByTestId('undo')).toBeDisabled();
  await expect(page.getByTestId('redo')).toBeDisabled();
  await expectNoSeriousAxeViolations(page);

  await page.setViewportSize({ width: 1280, height: 800 });
  await expectInsideViewport(page, 'stage-editor');
  await expectInsideViewport(page, 'prediction-table');

  // After an edit both change columns join the table, and it still fits.
  await page.setViewportSize({ width: 1440, height: 900 });
  await choice(page, 3, 'k', '5').click();
  await expect(page.getByTestId('change-previous-val_top1')).toHaveAttribute('data-delta', /\d/, { timeout: 30_000 });
  await expect(page.getByTestId('change-val_top1')).toHaveAttribute('data-delta', /\d/);
  await expectInsideViewport(page, 'stage-editor');
  await expectInsideViewport(page, 'prediction-table');
  await page.setViewportSize({ width: 1280, height: 800 });
  await expectInsideViewport(page, 'prediction-table');
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1280);
  await page.setViewportSize({ width: 1440, height: 900 });
  await saveScreenshot(page, 'editor-desktop');
});

test('three quick edits are three entries that Back, Forward, Undo and Redo walk, compared with the previous and the original', async ({
  page,
  request,
}) => {
  test.setTimeout(180_000);
  const api = await Promise.all(STEPS.map((c) => predict(request, c)));
  await page.goto(`/arch/${B0}`);
  await expect(page.getByTestId('predicted-val_top1')).toHaveAttribute('data-mean', /\d/, { timeout: 60_000 });
  // Wait for the one-gene neighbours too, so the edits below land on predicted architectures at once.
  await expect(page.getByTestId('best-edit-top')).toBeVisible({ timeout: 60_000 });

  // Three edits, clicked without waiting for the address: none may be lost.
  for (const [stage, gene, value] of SET) await choice(page, stage, gene, value).click();
  await expect(page).toHaveURL(new RegExp(`/arch/${STEPS[3]}\\?.*vs=${B0}`));

  /** The page shows step `i` of STEPS: address, controls, predictions and both changes. */
  const expectStep = async (i: number) => {
    // The first entry is the page as opened: no original in its address yet.
    await expect(page).toHaveURL(i === 0 ? new RegExp(`/arch/${B0}(\\?(?!.*vs=).*)?$`) : new RegExp(`/arch/${STEPS[i]}\\?.*vs=${B0}`));
    await expect(page.getByTestId('arch-code')).toHaveText(STEPS[i]);
    await expect(page.getByTestId('gene-3-k-5')).toBeChecked({ checked: i >= 1 });
    await expect(page.getByTestId('gene-1-se-false')).toBeChecked({ checked: i >= 2 });
    await expect(page.getByTestId('gene-1-l-1')).toBeChecked({ checked: i >= 3 });
    for (const t of TARGET_NAMES) {
      const cell = page.getByTestId(`predicted-${t}`);
      await expect(cell).toHaveAttribute('data-mean', /\d/);
      expect(Math.abs(Number(await cell.getAttribute('data-mean')) - api[i][t].mean), `step ${i} ${t}`).toBeLessThanOrEqual(1e-6);
    }
    await expect(page.getByTestId('undo')).toBeEnabled({ enabled: i > 0 });
    await expect(page.getByTestId('redo')).toBeEnabled({ enabled: i < 3 });
    if (i === 0) {
      await expect(page.getByTestId('change-val_top1')).toHaveCount(0);
      await expect(page.getByTestId('change-previous-val_top1')).toHaveCount(0);
      await expect(page.getByTestId('comparison-bar')).toContainText('This is the original');
      return;
    }
    await expect(page.getByTestId('history-position')).toHaveText(`edit ${i} of 3`);
    await expect(page.getByTestId('comparison-reference')).toHaveText(B0);
    await expect(page.getByTestId('comparison-previous')).toHaveText(STEPS[i - 1]);
    // Accuracy is modelled as is: the predicted change is the difference of the two predicted means.
    for (const t of ['val_top1', 'val_top5']) {
      const original = page.getByTestId(`change-${t}`);
      await expect(original).toHaveAttribute('data-delta', /\d/, { timeout: 30_000 });
      expect(Number(await original.getAttribute('data-delta')), `step ${i} ${t} vs original`).toBeCloseTo(
        api[i][t].mean - api[0][t].mean,
        3,
      );
      await expect(original).toHaveAttribute('data-verdict', /^(clear|uncertain|below-noise)$/);
      const previous = page.getByTestId(`change-previous-${t}`);
      await expect(previous).toHaveAttribute('data-delta', /\d/, { timeout: 30_000 });
      expect(Number(await previous.getAttribute('data-delta')), `step ${i} ${t} vs previous`).toBeCloseTo(
        api[i][t].mean - api[i - 1][t].mean,
        3,
      );
    }
    // A within-noise change says so in its cell.
    for (const cell of await page.locator('[data-testid^=change-][data-verdict]').all()) {
      const verdict = await cell.getAttribute('data-verdict');
      if (verdict === 'clear') await expect(cell).not.toContainText('noise');
      else await expect(cell).toContainText('within noise');
    }
  };

  await expectStep(3);
  await page.goBack();
  await expectStep(2);
  await page.goBack();
  await expectStep(1);
  await page.goForward();
  await expectStep(2);
  await page.getByTestId('undo').click();
  await expectStep(1);
  await page.getByTestId('redo').click();
  await expectStep(2);

  // A reload keeps the position in the history.
  await page.reload();
  await expect(page.getByTestId('predicted-val_top1')).toHaveAttribute('data-mean', /\d/, { timeout: 60_000 });
  await expectStep(2);

  // The keyboard: Ctrl+Shift+Z to the newest edit (Redo then disabled), Ctrl+Z back to the start.
  await page.locator('#stages-heading').click();
  await page.keyboard.press('Control+Shift+Z');
  await expectStep(3);
  for (const i of [2, 1, 0]) {
    await page.keyboard.press('Control+Z');
    await expectStep(i);
  }
  // At the start Undo does nothing more: the page stays.
  await page.keyboard.press('Control+Z');
  await expectStep(0);

  // An edit after Undo drops the entries ahead: Redo is disabled again.
  await choice(page, 3, 'k', '5').click();
  await expect(page).toHaveURL(new RegExp(`/arch/${STEPS[1]}\\?.*vs=${B0}`));
  await expect(page.getByTestId('history-position')).toHaveText('edit 1 of 1');
  await expect(page.getByTestId('undo')).toBeEnabled();
  await expect(page.getByTestId('redo')).toBeDisabled();
});

test('on a phone the predictions come directly under the stages, every gene choice at least 24×24 px', async ({ page }) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(`/arch/${B0}`);
  await expect(page.getByTestId('predicted-val_top1')).toHaveAttribute('data-mean', /\d/, { timeout: 60_000 });
  const stages = (await page.getByTestId('stage-editor').boundingBox())!;
  const predictions = (await page.getByTestId('prediction-column').boundingBox())!;
  expect(predictions.y).toBeGreaterThanOrEqual(stages.y + stages.height);
  // Nothing but the comparison note sits between them.
  expect(predictions.y - (stages.y + stages.height)).toBeLessThan(60);
  const bestEdit = (await page.getByTestId('best-edit').boundingBox())!;
  expect(bestEdit.y).toBeGreaterThan(predictions.y + predictions.height);
  for (const box of await Promise.all((await page.locator('[data-testid=stage-editor] label').all()).map((l) => l.boundingBox()))) {
    expect(box!.width).toBeGreaterThanOrEqual(24);
    expect(box!.height).toBeGreaterThanOrEqual(24);
  }
  for (const id of ['undo', 'redo']) {
    const box = (await page.getByTestId(id).boundingBox())!;
    expect(box.height).toBeGreaterThanOrEqual(24);
  }
  await choice(page, 3, 'k', '5').click();
  await expect(page.getByTestId('change-val_top1')).toHaveAttribute('data-delta', /\d/, { timeout: 30_000 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await expectNoSeriousAxeViolations(page);
});
