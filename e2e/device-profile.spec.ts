// Journey (#12): someone profiles the device they sit at in the browser — a tiny profile (latency, 3
// calibration + 2 held-out networks, 2 rounds of 3 timed runs) that headless Chromium measures with onnxruntime-web on
// wasm — watches the progress bar move, saves it and reads the delete token once; finds it on /devices and
// at /devices/[id] with the validation numbers the API reports; deletes it with the token. Cancel saves
// nothing; a reload mid-run offers Resume, which finishes with the kept timings. A bad body is a 400
// naming the field. Desktop and phone.
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { expectNoSeriousAxeViolations } from './expectNoSeriousAxeViolations';
import { saveScreenshot } from './saveScreenshot';

const TINY = 'samples=3&heldout=2&rounds=2&repeats=3';
const RUN_KEY = 'anb.deviceProfileRun';

type Quality = { count: number; tau: number | null; within10: number; mape: number };
/** τ as the pages show it (components/devices/formatTau.ts): null (all predictions tied, JSON's NaN) is a dash. */
const tauText = (t: number | null) => (t === null ? '—' : t.toFixed(3));
type Detail = {
  id: string;
  name: string;
  origin: string;
  metrics: { name: string; metric: string; validation: Quality | null }[];
  profile: { measurements: { kernels: Record<string, number> }[] } & Record<string, unknown>;
};

const progressNow = async (page: Page) => Number(await page.getByRole('progressbar').getAttribute('aria-valuenow'));

async function storedRun(page: Page): Promise<{ timings: Record<string, { minMs: number; medianMs: number; iqrMs: number }> } | null> {
  return page.evaluate((k) => JSON.parse(localStorage.getItem(k) ?? 'null'), RUN_KEY);
}

async function deleteWithToken(request: APIRequestContext, id: string, token: string) {
  const res = await request.delete(`/api/v1/devices/${id}`, { headers: { 'x-delete-token': token } });
  expect(res.status()).toBe(200);
}

for (const [i, size] of [
  { name: 'desktop', width: 1440, height: 900 },
  { name: 'phone', width: 390, height: 844 },
].entries()) {
  test.describe(size.name, () => {
    test(`a tiny profile measured in the browser is saved, listed, shown as the API reports it, and deleted with its token (${size.name})`, async ({
      browser,
    }) => {
      test.setTimeout(240_000);
      // Writes are rate-limited per client address (5 at once): each journey is its own client.
      const context = await browser.newContext({
        viewport: { width: size.width, height: size.height },
        extraHTTPHeaders: { 'x-forwarded-for': `10.12.${i}.1` },
      });
      const page = await context.newPage();
      const request = context.request;
      const name = `E2E ${size.name} ${Date.now()}`;
      await page.goto(`/devices/new?name=${encodeURIComponent(name)}&${TINY}`);
      // The form reads its choices from the URL.
      await expect(page.getByTestId('device-name')).toHaveValue(name);
      await expect(page.getByTestId('profile-samples')).toHaveValue('3');
      await expect(page.getByTestId('profile-held-out')).toHaveValue('2');
      await expect(page.getByTestId('profile-rounds')).toHaveValue('2');
      await expect(page.getByTestId('profile-repeats')).toHaveValue('3');
      await expectNoSeriousAxeViolations(page);

      const started = Date.now();
      await page.getByTestId('profile-start').click();
      const bar = page.getByRole('progressbar', { name: 'Profile progress' });
      await expect(bar).toBeVisible();
      // One metric: a warm-up network, then 2 rounds over the 168 kernels and the 3 + 2 networks.
      await expect(bar).toHaveAttribute('aria-valuemax', String(1 + 2 * (168 + 5)));
      await expect.poll(() => progressNow(page), { timeout: 60_000 }).toBeGreaterThan(0);
      const first = await progressNow(page);
      await expect.poll(() => progressNow(page), { timeout: 60_000 }).toBeGreaterThan(first + 5);
      await expect(page.getByTestId('profile-runtime')).toHaveText(/onnxruntime-web on wasm, \d+ threads?/);
      await expect(page.getByTestId('profile-progress-text')).toContainText(/left/);
      if (size.name === 'desktop') await expectNoSeriousAxeViolations(page);

      await expect(page.getByTestId('validation-latency-tau')).toBeVisible({ timeout: 180_000 });
      console.log(`tiny profile (${size.name}): measured in ${((Date.now() - started) / 1000).toFixed(1)} s`);
      const shown = {
        tau: await page.getByTestId('validation-latency-tau').textContent(),
        within10: await page.getByTestId('validation-latency-within10').textContent(),
        mape: await page.getByTestId('validation-latency-mape').textContent(),
      };
      await expect(page.getByTestId('validation-latency-count')).toHaveText('2 held out, 3 calibration');
      // The held-out scatter draws two points inside the page's width.
      const scatter = page.getByTestId('held-out-latency');
      await expect(scatter).toBeVisible();
      const box = (await scatter.boundingBox())!;
      expect(box.width).toBeGreaterThan(200);
      expect(box.x + box.width).toBeLessThanOrEqual(size.width);
      expect((await scatter.getByTestId('held-out-points').getAttribute('d'))!.match(/M/g)).toHaveLength(2);
      // Ranked against the surrogate's predictions of ANB's eight device metrics: the top three, best first.
      const like = page.getByTestId('most-like-latency').getByRole('listitem');
      await expect(like).toHaveCount(3, { timeout: 60_000 });
      const taus = (await like.allTextContents()).map((t) => Number(/τ (-?[\d.]+)/.exec(t)![1]));
      expect(taus.every((t) => t >= -1 && t <= 1)).toBe(true);
      expect([...taus].sort((a, b) => b - a)).toEqual(taus);
      await expectNoSeriousAxeViolations(page);
      if (size.name === 'desktop') await saveScreenshot(page, 'device-profile');

      await page.getByTestId('profile-save').click();
      const token = (await page.getByTestId('delete-token').textContent())!;
      expect(token).toMatch(/^[A-Za-z0-9_-]{32}$/);
      await expect(page.getByText('it is the only way to delete this profile')).toBeVisible();
      // Saved: the run is no longer kept for a resume.
      expect(await storedRun(page)).toBeNull();
      const id = (await page.getByTestId('saved-device-link').getAttribute('href'))!.replace('/devices/', '');
      expect(id).toMatch(/^u[0-9a-f]{12}$/);
      await expect(page.getByRole('link', { name: /Pareto explorer/ })).toHaveAttribute('href', `/pareto?metric=${id}.latency`);

      const detail = (await (await request.get(`/api/v1/devices/${id}`)).json()) as Detail;
      expect(detail).toMatchObject({ id, name, origin: 'browser' });
      const v = detail.metrics[0].validation!;
      // What the page computed before saving is what the server derives from the stored measurements.
      expect(shown).toEqual({ tau: tauText(v.tau), within10: `${(100 * v.within10).toFixed(0)}%`, mape: `${v.mape.toFixed(1)}%` });

      // A bad body: one kernel time of −1 ms. A 400 naming the field, nothing stored.
      const bad = structuredClone(detail.profile);
      const kernel = Object.keys(bad.measurements[0].kernels)[0];
      bad.measurements[0].kernels[kernel] = -1;
      const refused = await request.post('/api/v1/devices', { data: { origin: 'browser', profile: bad } });
      expect(refused.status()).toBe(400);
      expect(JSON.stringify(await refused.json())).toContain(`profile.measurements.0.kernels.${kernel}`);

      // Listed on /devices, linked to its page, whose numbers are the API's.
      await page.goto('/devices');
      await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Devices' })).toBeVisible();
      await expect(page.getByTestId('anb-devices').locator('tbody tr')).toHaveCount(6);
      const row = page.getByTestId(`profiled-${id}`);
      await expect(row).toContainText(`τ ${tauText(v.tau)}`);
      await row.getByRole('link', { name }).click();
      await expect(page).toHaveURL(new RegExp(`/devices/${id}$`));
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(name);
      await expect(page.getByTestId('validation-latency-tau')).toHaveText(tauText(v.tau));
      await expect(page.getByTestId('validation-latency-within10')).toHaveText(`${(100 * v.within10).toFixed(0)}%`);
      await expect(page.getByTestId('device-runtime')).toContainText('onnxruntime-web on wasm');
      await expect(page.getByTestId('use-pareto-latency')).toHaveAttribute('href', `/pareto?metric=${id}.latency`);
      await page.reload();
      await expect(page.getByTestId('validation-latency-mape')).toHaveText(`${v.mape.toFixed(1)}%`);
      // Once laid out (the text above is server-rendered and can be read before the chart has measured its box).
      await expect
        .poll(() => page.evaluate(() => document.documentElement.scrollWidth), { timeout: 10_000 })
        .toBeLessThanOrEqual(size.width);
      await expectNoSeriousAxeViolations(page);

      // Delete: a wrong token shows the server's message and deletes nothing; the right one deletes it.
      await page.getByTestId('delete-token-input').fill('A'.repeat(32));
      await page.getByTestId('delete-device').click();
      await expect(page.getByTestId('delete-error')).toContainText('does not match');
      expect((await request.get(`/api/v1/devices/${id}`)).status()).toBe(200);
      await page.getByTestId('delete-token-input').fill(token);
      await page.getByTestId('delete-device').click();
      await expect(page).toHaveURL(/\/devices$/);
      await expect(page.getByTestId(`profiled-${id}`)).toHaveCount(0);
      expect((await request.get(`/api/v1/devices/${id}`)).status()).toBe(404);
      // Its page is now the app's 404.
      expect((await page.goto(`/devices/${id}`))!.status()).toBe(404);
      await context.close();
    });

    test(`cancel mid-run saves nothing; a reload mid-run resumes with the kept timings (${size.name})`, async ({ browser }) => {
      test.setTimeout(240_000);
      const context = await browser.newContext({
        viewport: { width: size.width, height: size.height },
        extraHTTPHeaders: { 'x-forwarded-for': `10.12.${i}.2` },
      });
      const page = await context.newPage();
      const request = context.request;
      const name = `E2E resume ${size.name} ${Date.now()}`;
      const listed = async () => ((await (await request.get('/api/v1/devices')).json()) as { profiles: { name: string }[] }).profiles;
      await page.goto(`/devices/new?name=${encodeURIComponent(name)}&${TINY}`);

      await page.getByTestId('profile-start').click();
      await expect.poll(() => progressNow(page), { timeout: 60_000 }).toBeGreaterThan(4);
      await page.getByTestId('profile-cancel').click();
      await expect(page.getByTestId('profile-cancelled')).toBeVisible();
      await expect(page.getByRole('progressbar')).toHaveCount(0);
      expect(await storedRun(page)).toBeNull();
      expect((await listed()).some((d) => d.name === name)).toBe(false);
      await page.reload();
      await expect(page.getByTestId('profile-start')).toBeEnabled();
      await expect(page.getByTestId('profile-kept')).toHaveCount(0);

      await page.getByTestId('profile-start').click();
      await expect.poll(() => progressNow(page), { timeout: 60_000 }).toBeGreaterThan(20);
      const before = (await storedRun(page))!;
      const [key, timing] = Object.entries(before.timings)[0];
      await page.reload();
      const kept = (await storedRun(page))!;
      const keptCount = Object.keys(kept.timings).length;
      expect(keptCount).toBeGreaterThanOrEqual(Object.keys(before.timings).length);
      await expect(page.getByTestId('profile-kept')).toContainText(`after ${keptCount} of ${1 + 2 * (168 + 5)} timings`);
      await expectNoSeriousAxeViolations(page);
      await page.getByTestId('profile-resume').click();
      await expect(page.getByTestId('profile-reused')).toHaveText(new RegExp(`resumed with ${keptCount} kept timings$`));
      await expect(page.getByTestId('validation-latency-tau')).toBeVisible({ timeout: 180_000 });
      // Every timing of both rounds is in, and the one made before the reload was reused, not timed again.
      const finished = (await storedRun(page))!;
      expect(Object.keys(finished.timings)).toHaveLength(2 * (168 + 5));
      expect(key).toMatch(/^latency:1:(kernel|network):.*:round1$/);
      expect(kept.timings[key]).toEqual(timing);
      expect(finished.timings[key]).toEqual(timing);
      await page.getByTestId('profile-save').click();
      const token = (await page.getByTestId('delete-token').textContent())!;
      const id = (await page.getByTestId('saved-device-link').getAttribute('href'))!.replace('/devices/', '');
      const detail = (await (await request.get(`/api/v1/devices/${id}`)).json()) as Detail;
      expect(detail.profile.protocol).toMatchObject({ rounds: 2, kernelRounds: 2, repeats: 3 });
      expect((await listed()).some((d) => d.name === name)).toBe(true);
      await deleteWithToken(request, id, token);
      await context.close();
    });
  });
}
