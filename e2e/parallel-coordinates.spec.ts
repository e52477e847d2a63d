// Journey: a researcher brushes the parallel coordinates on /data, by dragging along an axis and by
// typing a range, and reads how many records pass: the same number the test counts itself from every
// record of /api/v1/architectures, and the table's total; reloads the link; colours the lines by a
// gene; picks table rows to highlight them; switches to the predicted cloud. On /pareto, the measured
// points are coloured by a gene, the brush marks front rows, and a hovered row rings its point.
import { expect, test, type APIRequestContext, type Locator, type Page } from '@playwright/test';
import { expectNoSeriousAxeViolations } from './expectNoSeriousAxeViolations';
import { saveScreenshot } from './saveScreenshot';

interface ApiRecord {
  resultId: number;
  code: string;
  valTop1: number;
  measurements: Record<string, { mean: number | null }>;
}

/** Every record, page by page along the cursor. */
async function allRecords(request: APIRequestContext): Promise<ApiRecord[]> {
  const out: ApiRecord[] = [];
  let cursor: string | null = null;
  do {
    const res = await request.get(`/api/v1/architectures?limit=500${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`);
    expect(res.ok()).toBe(true);
    const page = (await res.json()) as { items: ApiRecord[]; nextCursor: string | null };
    out.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor);
  return out;
}

const count = (n: number) => n.toLocaleString('en-US');
const param = (page: Page, key: string) => new URL(page.url()).searchParams.get(key);

/** Pixels of a canvas whose colour is within `tolerance` of `hex` (alpha ignored: lines are translucent). */
async function pixelsNear(canvas: Locator, hex: string, tolerance = 12): Promise<number> {
  return canvas.evaluate(
    (el, [hex, tolerance]) => {
      const c = el as HTMLCanvasElement;
      const data = c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data;
      const [r, g, b] = [1, 3, 5].map((i) => parseInt((hex as string).slice(i, i + 2), 16));
      let n = 0;
      for (let i = 0; i < data.length; i += 4)
        if (
          data[i + 3] > 40 &&
          Math.abs(data[i] - r) <= (tolerance as number) &&
          Math.abs(data[i + 1] - g) <= (tolerance as number) &&
          Math.abs(data[i + 2] - b) <= (tolerance as number)
        )
          n++;
      return n;
    },
    [hex, tolerance] as const,
  );
}

/** Drags along an axis from share `from` to share `to` of its height (0 top). */
async function dragAxis(page: Page, axis: string, from: number, to: number) {
  const hit = page.getByTestId(`axis-${axis}`);
  await hit.scrollIntoViewIfNeeded();
  const box = (await hit.boundingBox())!;
  const x = box.x + box.width / 2;
  await page.mouse.move(x, box.y + box.height * from);
  await page.mouse.down();
  await page.mouse.move(x, box.y + box.height * to, { steps: 6 });
  await page.mouse.up();
}

for (const size of [
  { name: 'desktop', width: 1280, height: 800 },
  { name: 'phone', width: 390, height: 844 },
]) {
  test(`brushes filter the table and agree with the API's records (${size.name})`, async ({ page, request }) => {
    test.setTimeout(120_000);
    await page.setViewportSize({ width: size.width, height: size.height });
    const records = await allRecords(request);
    expect(records).toHaveLength(5138);

    await page.goto('/data');
    // The first load: one request for every record (architectures.columns), then the lines over a few frames.
    await expect(page.getByTestId('pc-total')).toHaveText('5,138', { timeout: 30_000 });
    await expect(page.getByTestId('pc-selected')).toHaveText('5,138');
    const canvas = page.getByTestId('parallel-canvas');
    await expect(canvas).toHaveAttribute('data-per-colour', '5138');

    // Drag along the top-1 axis: its range lands in the URL as the table's own filter.
    await dragAxis(page, 'val_top1', 0.15, 0.55);
    await expect(page).toHaveURL(/min_val_top1=.*max_val_top1=/);
    const min = Number(param(page, 'min_val_top1'));
    const max = Number(param(page, 'max_val_top1'));
    expect(min).toBeLessThan(max);
    const byTop1 = records.filter((r) => r.valTop1 >= min && r.valTop1 <= max);
    expect(byTop1.length).toBeGreaterThan(0);
    expect(byTop1.length).toBeLessThan(5138);
    await expect(page.getByTestId('pc-selected')).toHaveText(count(byTop1.length));
    await expect(page.getByTestId('data-total')).toHaveText(count(byTop1.length));
    await expect(page.getByTestId('brush-val_top1')).toHaveCount(1);

    // The same kind of brush from the keyboard: a typed upper bound on ZCU102 latency.
    // The brush set a metric range, so the filters' "Metric ranges" (the brushes' numeric twin) opened by itself.
    await expect(page.locator('details', { has: page.locator('summary', { hasText: 'Metric ranges' }) })).toHaveAttribute('open', '');
    const field = page.getByTestId('filter-max_latency_zcu102');
    await field.fill('2.5');
    await field.press('Enter');
    await expect(page).toHaveURL(/max_latency_zcu102=2.5/);
    const both = byTop1.filter((r) => (r.measurements.latency_zcu102.mean ?? Infinity) <= 2.5);
    expect(both.length).toBeLessThan(byTop1.length);
    await expect(page.getByTestId('pc-selected')).toHaveText(count(both.length));
    await expect(page.getByTestId('data-total')).toHaveText(count(both.length));
    await expect(page.getByTestId('brush-latency_zcu102')).toHaveCount(1);
    await expect(canvas).toHaveAttribute('data-selected', String(both.length));
    // The table holds only those records.
    const wanted = new Set(both.map((r) => r.code));
    const shown = await page.getByTestId('row-code').allTextContents();
    expect(shown.length).toBe(Math.min(100, both.length));
    expect(shown.every((c) => wanted.has(c))).toBe(true);

    // A reload restores the brushes and the count.
    await page.reload();
    await expect(page.getByTestId('pc-selected')).toHaveText(count(both.length), { timeout: 30_000 });
    await expect(page.getByTestId('brush-val_top1')).toHaveCount(1);
    await expect(page.getByTestId('brush-latency_zcu102')).toHaveCount(1);

    // Colour by the layers of block 5: the lines take the legend's colours (read from the canvas's pixels).
    const amber = '#d97706'; // block 5 with 2 layers
    expect(await pixelsNear(canvas, amber)).toBe(0);
    await page.getByTestId('pc-colour').selectOption('l5');
    await expect(page).toHaveURL(/color=l5/);
    await expect(page.getByTestId('colour-legend').locator('[data-colour]')).toHaveCount(4);
    // Set once the last slice of lines is drawn: four layer counts and "no value".
    await expect(canvas).toHaveAttribute('data-per-colour', /^\d+(,\d+){4}$/);
    const perColour = (await canvas.getAttribute('data-per-colour'))!.split(',').map(Number);
    expect(perColour).toHaveLength(5);
    expect(perColour.reduce((s, v) => s + v, 0)).toBe(both.length);
    await expect.poll(() => pixelsNear(canvas, amber)).toBeGreaterThan(20);

    // Pick two table rows: they are drawn highlighted, and the pick is in the URL.
    const picks = page.getByTestId('row-pick');
    await picks.nth(0).check();
    await picks.nth(1).check();
    await expect(page).toHaveURL(/rows=\d+%2C\d+|rows=\d+,\d+/);
    await expect(canvas).toHaveAttribute('data-highlighted', '2');
    await expect(page.locator('[data-testid="data-row"][data-picked]')).toHaveCount(2);

    // No page-level sideways scroll: the chart scrolls inside its own box.
    await expect.poll(() => page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(size.width);
    await expectNoSeriousAxeViolations(page);
    await page.getByTestId('pc-panel').scrollIntoViewIfNeeded();
    if (size.name === 'desktop') await saveScreenshot(page, 'parallel-coordinates');
  });
}

test('a gene axis brush selects whole choices, and the predicted cloud is labelled as predicted', async ({ page, request }) => {
  test.setTimeout(120_000);
  await page.goto('/data');
  await expect(page.getByTestId('pc-total')).toHaveText('5,138', { timeout: 30_000 });
  // Layers of block 5 run 1 (bottom) to 4 (top): a drag over the top third covers 3 and 4.
  await dragAxis(page, 'l5', 0.0, 0.4);
  await expect(page).toHaveURL(/l5=3(%2C|,)4/);
  const api = (await (await request.get('/api/v1/architectures?l5=3,4&limit=1')).json()) as { total: number };
  await expect(page.getByTestId('pc-selected')).toHaveText(count(api.total));
  // A click on the axis clears its brush.
  // The brush opened "Genes per block" above the chart and pushed it down: bring the axis back into view.
  await page.getByTestId('axis-l5').scrollIntoViewIfNeeded();
  const box = (await page.getByTestId('axis-l5').boundingBox())!;
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  await expect(page).not.toHaveURL(/l5=/);

  await page.getByText('Predicted cloud (surrogate)').click();
  await expect(page).toHaveURL(/src=predicted/);
  await expect(page.getByTestId('pc-predicted')).toContainText('Predicted, not measured');
  await expect(page.getByTestId('pc-total')).toHaveText('5,000', { timeout: 90_000 });
  await expect(page.getByTestId('pc-predicting')).toHaveCount(0, { timeout: 90_000 });
  await dragAxis(page, 'val_top1', 0.0, 0.3);
  const selected = Number((await page.getByTestId('pc-selected').textContent())!.replace(/,/g, ''));
  expect(selected).toBeGreaterThan(0);
  expect(selected).toBeLessThan(5000);
  await expect(page.getByTestId('parallel-canvas')).toHaveAttribute('data-selected', String(selected));
});

test('bad chart parameters are named with what is allowed', async ({ page }) => {
  await page.goto('/data?color=e9&pn=12&axes=targets,zz');
  const notice = page.getByTestId('data-corrections');
  await expect(notice).toContainText('color is "e9"');
  await expect(notice).toContainText('allowed: 1,000 to 20,000');
  await expect(notice).toContainText('"zz" is not an axis group; allowed: targets, e, k, l, se');
  // The chart still shows, with the defaults.
  await expect(page.getByTestId('pc-total')).toHaveText('5,138', { timeout: 30_000 });
});

for (const size of [
  { name: 'desktop', width: 1280, height: 800 },
  { name: 'phone', width: 390, height: 844 },
]) {
  test(`/pareto: colour by a gene, the brush marks front rows, a hovered row rings its point (${size.name})`, async ({ page }) => {
    await page.setViewportSize({ width: size.width, height: size.height });
    await page.goto('/pareto?n=0');
    const chart = page.getByTestId('pareto-cloud-chart');
    await expect(chart).toBeVisible();
    const canvas = chart.locator('canvas');
    const amber = '#d97706';
    expect(await pixelsNear(canvas, amber)).toBe(0);
    await page.getByTestId('pareto-colour').selectOption('l5');
    await expect(page).toHaveURL(/cb=l5/);
    await expect(page.getByTestId('pareto-colour-legend').locator('[data-colour]')).toHaveCount(4);
    await expect.poll(() => pixelsNear(canvas, amber)).toBeGreaterThan(20);

    // Brush the left half of the plot (lower throughput): some front rows are in it, some are not.
    await page.getByTestId('mode-select').click();
    await chart.scrollIntoViewIfNeeded();
    const box = (await chart.boundingBox())!;
    // Inside the plot (its margins are 60 px left and 12 px top, ~0.17 and 0.03 of a phone's chart).
    await page.mouse.move(box.x + box.width * 0.2, box.y + box.height * 0.05);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width * 0.55, box.y + box.height * 0.8, { steps: 8 });
    await page.mouse.up();
    const rows = page.getByTestId('measured-front').locator('tbody tr');
    const inBrush = page.getByTestId('measured-front').locator('tbody tr[data-in-brush]');
    await expect.poll(() => inBrush.count()).toBeGreaterThan(0);
    expect(await inBrush.count()).toBeLessThan(await rows.count());

    // A row in the brush rings a point inside the brush rectangle; a row outside, a point outside it.
    const ringInside = async (row: Locator) => {
      // Clear the previous row's ring first, or the check could read it before the new hover lands.
      await page.mouse.move(0, 0);
      await expect(page.getByTestId('pareto-highlight')).toHaveCount(0);
      // Hovered again until the ring shows: content rendered below the fold as it scrolls near (the device
      // overlay) can move the row from under a pointer that hovered it once.
      await expect(async () => {
        await row.hover();
        await expect(page.getByTestId('pareto-highlight')).toHaveCount(1, { timeout: 2_000 });
      }).toPass({ timeout: 30_000 });
      // Both boxes read at once, in the same scroll position.
      return page.evaluate(() => {
        const sel = document.querySelector('[data-testid="pareto-selection"]')!.getBoundingClientRect();
        const ring = document.querySelector('[data-testid="pareto-highlight"]')!.getBoundingClientRect();
        const cx = ring.x + ring.width / 2;
        const cy = ring.y + ring.height / 2;
        return cx >= sel.x - 1 && cx <= sel.right + 1 && cy >= sel.y - 1 && cy <= sel.bottom + 1;
      });
    };
    expect(await ringInside(inBrush.first())).toBe(true);
    expect(await ringInside(page.getByTestId('measured-front').locator('tbody tr:not([data-in-brush])').first())).toBe(false);
    await page.mouse.move(0, 0);
    await expectNoSeriousAxeViolations(page);
  });
}
