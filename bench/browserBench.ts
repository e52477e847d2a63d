// In Chromium against the production server: cold and warm start of /pareto (time to the measured
// chart, bytes transferred), the predicted cloud (sample + predict in the worker, then all N points
// drawn: from navigation, and the one draw alone), and the editor's
// edit → every number painted latency (Performance API marks the editor sets).
import { chromium, type Browser, type Page } from '@playwright/test';
import { CHROMIUM_ARGS } from '@/scripts/process/chromiumFlags';
import { summarize, type Summary } from './summarize';

export interface BrowserBench {
  coldStart: { firstChartMs: Summary; bytes: Summary };
  warmStart: { firstChartMs: Summary; bytes: Summary };
  /** totalMs: sampling, encoding, prediction, fronts and streaming to the page; predictMs: the surrogate runs alone (both workers). */
  cloud: {
    n: number;
    totalMs: Summary;
    predictMs: Summary;
    allDrawnMs: Summary;
    drawMs: Summary;
    /** Navigation → the first predicted points on the canvas (draws as batches arrive); absent in older results. */
    firstDrawnMs?: Summary;
  };
  editor: { edits: number; editToPaintedMs: Summary };
  race: { url: string; evaluationsPerSecond: Summary; longestMainThreadTaskMs: Summary; longTasksOver50ms: Summary };
}

const RACE = '/search?o=rs,re,reinforce&seeds=5&metric=throughput_vck190&budget=2000';

/** A race of 3 optimizers × 5 seeds: evaluations/s and the main thread's long tasks while it runs. */
async function race(page: Page, base: string) {
  await page.addInitScript(() => {
    const w = window as unknown as { __longTasks: number[] };
    w.__longTasks = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.__longTasks.push(e.duration);
    }).observe({ type: 'longtask', buffered: true });
  });
  await page.goto(`${base}${RACE}`);
  await page
    .locator('[data-testid=race-status][data-phase=running], [data-testid=race-status][data-phase=done]')
    .waitFor({ timeout: 120_000 });
  // Long tasks of page load are not the race's: count from the moment it runs.
  await page.evaluate(() => ((window as unknown as { __longTasks: number[] }).__longTasks.length = 0));
  await page.locator('[data-testid=race-status][data-phase=done]').waitFor({ timeout: 300_000 });
  const rate = Number(await page.getByTestId('race-rate').getAttribute('data-value'));
  const tasks = await page.evaluate(() => (window as unknown as { __longTasks: number[] }).__longTasks);
  return { rate, longest: tasks.length ? Math.max(...tasks) : 0, over50: tasks.filter((t) => t > 50).length };
}

async function trackBytes(page: Page): Promise<() => number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  let bytes = 0;
  cdp.on('Network.loadingFinished', (e: { encodedDataLength: number }) => {
    bytes += e.encodedDataLength;
  });
  return () => bytes;
}

async function paretoLoad(page: Page, base: string, n: number) {
  const bytes = await trackBytes(page);
  const t0 = Date.now();
  await page.goto(`${base}/pareto?n=${n}`);
  // The cloud is drawn as its batches arrive: when did the first predicted points reach the canvas?
  const firstDrawn = page
    .waitForFunction(
      () => Number(document.querySelector('[data-testid=pareto-cloud-chart] canvas')?.getAttribute('data-drawn-predicted') ?? 0) > 0,
      undefined,
      { timeout: 300_000, polling: 'raf' },
    )
    .then(() => Date.now() - t0);
  await page.getByTestId('measured-front-count').waitFor({ state: 'visible', timeout: 120_000 });
  const firstChartMs = Date.now() - t0;
  await page.locator('[data-testid=predicted-status][data-status=done]').waitFor({ timeout: 300_000 });
  const timing = page.getByTestId('predicted-timing');
  const totalMs = Number(await timing.getAttribute('data-total-ms'));
  const predictMs = Number(await timing.getAttribute('data-predict-ms'));
  // The chart's canvas records how many predicted points its last draw held and what the draw cost.
  const canvas = page.locator(`[data-testid=pareto-cloud-chart] canvas[data-drawn-predicted="${n}"]`);
  await canvas.waitFor({ state: 'attached', timeout: 60_000 });
  const allDrawnMs = Date.now() - t0;
  const drawMs = Number(await canvas.getAttribute('data-draw-ms'));
  return { firstChartMs, bytes: bytes(), totalMs, predictMs, allDrawnMs, drawMs, firstDrawnMs: await firstDrawn };
}

export async function browserBench(base: string, repeats: number, cloudSize: number, edits: number): Promise<BrowserBench> {
  const browser: Browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
  try {
    const cold = { first: [] as number[], bytes: [] as number[] };
    const warm = { first: [] as number[], bytes: [] as number[] };
    const cloud: number[] = [];
    const cloudPredict: number[] = [];
    const cloudDrawn: number[] = [];
    const cloudDraw: number[] = [];
    const cloudFirst: number[] = [];
    for (let r = 0; r < repeats; r++) {
      // A fresh context has an empty cache: the cold start.
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
      const page = await context.newPage();
      const c = await paretoLoad(page, base, cloudSize);
      cold.first.push(c.firstChartMs);
      cold.bytes.push(c.bytes);
      cloud.push(c.totalMs);
      cloudPredict.push(c.predictMs);
      cloudDrawn.push(c.allDrawnMs);
      cloudDraw.push(c.drawMs);
      cloudFirst.push(c.firstDrawnMs);
      const page2 = await context.newPage();
      const w = await paretoLoad(page2, base, cloudSize);
      warm.first.push(w.firstChartMs);
      warm.bytes.push(w.bytes);
      cloud.push(w.totalMs);
      cloudPredict.push(w.predictMs);
      cloudDrawn.push(w.allDrawnMs);
      cloudDraw.push(w.drawMs);
      cloudFirst.push(w.firstDrawnMs);
      await context.close();
    }

    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await page.goto(`${base}/arch/1311-6321-6521-6331-6531-6541-6311`);
    await page.locator('[data-testid=predicted-val_top1][data-mean]').waitFor({ timeout: 120_000 });
    const latencies: number[] = [];
    for (let i = 0; i < edits; i++) {
      const before = await page.evaluate(() => (window as unknown as { __anbEditLatency?: number }).__anbEditLatency ?? -1);
      // Toggle block 0's expansion between 4 and 6: every edit is a real new architecture.
      await page.getByTestId(`gene-0-e-${i % 2 === 0 ? 4 : 6}`).check({ force: true });
      await page.waitForFunction((prev) => {
        const v = (window as unknown as { __anbEditLatency?: number }).__anbEditLatency;
        return v !== undefined && v !== prev;
      }, before);
      latencies.push(await page.evaluate(() => (window as unknown as { __anbEditLatency: number }).__anbEditLatency));
    }
    await context.close();

    const rates: number[] = [];
    const longest: number[] = [];
    const over: number[] = [];
    for (let r = 0; r < repeats; r++) {
      const ctx = await browser.newContext({ viewport: { width: 1280, height: 800 } });
      const res = await race(await ctx.newPage(), base);
      rates.push(res.rate);
      longest.push(res.longest);
      over.push(res.over50);
      await ctx.close();
    }
    return {
      race: {
        url: RACE,
        evaluationsPerSecond: summarize(rates),
        longestMainThreadTaskMs: summarize(longest),
        longTasksOver50ms: summarize(over),
      },
      coldStart: { firstChartMs: summarize(cold.first), bytes: summarize(cold.bytes) },
      warmStart: { firstChartMs: summarize(warm.first), bytes: summarize(warm.bytes) },
      cloud: {
        n: cloudSize,
        totalMs: summarize(cloud),
        predictMs: summarize(cloudPredict),
        allDrawnMs: summarize(cloudDrawn),
        drawMs: summarize(cloudDraw),
        firstDrawnMs: summarize(cloudFirst),
      },
      editor: { edits, editToPaintedMs: summarize(latencies) },
    };
  } finally {
    await browser.close();
  }
}
