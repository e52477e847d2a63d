// The browser half of the device-profiling figures (#12): headless Debian Chromium opens /devices/new
// with the default plan (latency, 20 calibration + 50 held-out networks, the default rounds), starts it and
// waits for the validation numbers the page shows; the time is from Start to the numbers. Nothing is
// saved (the bench leaves the server's device list as it was).
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS } from '@/scripts/process/chromiumFlags';

export interface BrowserProfileResult {
  seconds: number;
  runtime: string;
  tau: string;
  within10: string;
  mape: string;
  heldOut: string;
}

/** `query` adds to the form's URL (e.g. `&rounds=8`); empty runs the form's defaults. */
export async function browserProfileBench(base: string, query = ''): Promise<BrowserProfileResult> {
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    await page.goto(`${base}/devices/new?name=${encodeURIComponent('bench: this machine (Chromium)')}${query}`);
    const started = Date.now();
    await page.getByTestId('profile-start').click();
    // The runtime line says "Starting…" until the worker has picked its backend.
    const runtimeLine = page.getByTestId('profile-runtime').filter({ hasText: /onnxruntime-web on / });
    await runtimeLine.waitFor({ timeout: 120_000 });
    const runtime = (await runtimeLine.textContent()) ?? '';
    await page.getByTestId('validation-latency-tau').waitFor({ timeout: 900_000 });
    const seconds = (Date.now() - started) / 1000;
    const text = async (id: string) => ((await page.getByTestId(id).textContent()) ?? '').trim();
    return {
      seconds,
      runtime: runtime.trim(),
      tau: await text('validation-latency-tau'),
      within10: await text('validation-latency-within10'),
      mape: await text('validation-latency-mape'),
      heldOut: await text('validation-latency-count'),
    };
  } finally {
    await browser.close();
  }
}
