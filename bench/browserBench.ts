// In Chromium against the production server: cold and warm start of /pareto (time to the measured
// chart, bytes transferred), the predicted cloud (sample + predict in the worker), and the editor's
// edit → every number painted latency (Performance API marks the editor sets).
import { chromium, type Browser, type Page } from '@playwright/test';
import { summarize, type Summary } from './summarize';

const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'];

export interface BrowserBench {
  coldStart: { firstChartMs: Summary; bytes: Summary };
  warmStart: { firstChartMs: Summary; bytes: Summary };
  cloud: { n: number; totalMs: Summary };
  editor: { edits: number; editToPaintedMs: Summary };
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
  await page.getByTestId('measured-front-count').waitFor({ state: 'visible', timeout: 120_000 });
  const firstChartMs = Date.now() - t0;
  await page.locator('[data-testid=predicted-status][data-status=done]').waitFor({ timeout: 300_000 });
  const totalMs = Number(await page.getByTestId('predicted-timing').getAttribute('data-total-ms'));
  return { firstChartMs, bytes: bytes(), totalMs };
}

export async function browserBench(base: string, repeats: number, cloudSize: number, edits: number): Promise<BrowserBench> {
  const browser: Browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ARGS });
  try {
    const cold = { first: [] as number[], bytes: [] as number[] };
    const warm = { first: [] as number[], bytes: [] as number[] };
    const cloud: number[] = [];
    for (let r = 0; r < repeats; r++) {
      // A fresh context has an empty cache: the cold start.
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
      const page = await context.newPage();
      const c = await paretoLoad(page, base, cloudSize);
      cold.first.push(c.firstChartMs);
      cold.bytes.push(c.bytes);
      cloud.push(c.totalMs);
      const page2 = await context.newPage();
      const w = await paretoLoad(page2, base, cloudSize);
      warm.first.push(w.firstChartMs);
      warm.bytes.push(w.bytes);
      cloud.push(w.totalMs);
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
      await page.getByTestId(`gene-0-e-${i % 2 === 0 ? 4 : 6}`).click();
      await page.waitForFunction((prev) => {
        const v = (window as unknown as { __anbEditLatency?: number }).__anbEditLatency;
        return v !== undefined && v !== prev;
      }, before);
      latencies.push(await page.evaluate(() => (window as unknown as { __anbEditLatency: number }).__anbEditLatency));
    }
    await context.close();
    return {
      coldStart: { firstChartMs: summarize(cold.first), bytes: summarize(cold.bytes) },
      warmStart: { firstChartMs: summarize(warm.first), bytes: summarize(warm.bytes) },
      cloud: { n: cloudSize, totalMs: summarize(cloud) },
      editor: { edits, editToPaintedMs: summarize(latencies) },
    };
  } finally {
    await browser.close();
  }
}
