// Journey (#12): someone stores a profile of their own device and uses it where ANB's devices are used:
// the editor's prediction table gains the device's row, whose value is the profile's kernel-level
// prediction (computed here with the same core code) and follows an edit; /search races against the
// device, its best architectures' hardware values are the profile's predictions, and a reload keeps
// the race; the delete token removes the profile and the editor then says it is gone. The profile and
// the expected predictions come from scripts/syntheticDeviceProfile.ts (core's syntheticProfile,
// fitDeviceProfile and predictProfiled), run as a process: journeys reach core/ no other way.
import { execFileSync } from 'node:child_process';
import { expect, test, type Page } from '@playwright/test';
import { expectNoSeriousAxeViolations } from './expectNoSeriousAxeViolations';
import { saveScreenshot } from './saveScreenshot';

const B0 = '1311-6321-6521-6331-6531-6541-6311';
/** B0 with stage 3's kernel 3×3 → 5×5 (the arrow key on gene-3-k-3). */
const EDITED = '1311-6321-6521-6531-6531-6541-6311';

interface Synthetic {
  profile: unknown;
  predictions: Record<string, { mean: number; std: number }>;
}

/** The synthetic device named `name` and its fitted latency predictions of `codes`. */
function synthetic(name: string, codes: string[] = []): Synthetic {
  const args = ['tsx', 'scripts/syntheticDeviceProfile.ts', '--name', name, '--noise', '0.04'];
  const out = execFileSync('npx', codes.length ? [...args, '--predict', codes.join(',')] : args, { encoding: 'utf8' });
  return JSON.parse(out) as Synthetic;
}
const relative = (a: number, b: number) => Math.abs(a - b) / Math.abs(b);

async function expectRowMatches(page: Page, name: string, want: { mean: number; std: number }, code: string) {
  const cell = page.getByTestId(`predicted-${name}`);
  await expect(cell).toHaveAttribute('data-mean', /\d/);
  const mean = Number(await cell.getAttribute('data-mean'));
  const std = Number(await cell.getAttribute('data-std'));
  expect(relative(mean, want.mean), `${name} on ${code}: ${mean} vs ${want.mean}`).toBeLessThan(1e-6);
  expect(relative(std, want.std), `${name} std on ${code}: ${std} vs ${want.std}`).toBeLessThan(1e-6);
  return mean;
}

async function expectRaceOnDevice(page: Page, id: string, name: string) {
  await expect(page.getByTestId('race-status')).toHaveAttribute('data-phase', 'done', { timeout: 90_000 });
  await expect(page.getByRole('heading', { name: new RegExp(`on Latency ${name} \\(profiled\\)`) })).toBeVisible();
  await expect(page.getByTestId('race-profiled-device')).toHaveAttribute('data-device', id);
  await expect(page.getByTestId('race-results')).toContainText(`${name} lat.`);
  const rows = page.getByTestId('race-run');
  await expect(rows).toHaveCount(2);
  const best: { code: string; hardware: number }[] = [];
  for (const row of await rows.all())
    best.push({
      code: (await row.getByTestId('code').textContent())!,
      hardware: Number(await row.getByTestId('hardware').getAttribute('data-value')),
    });
  const { predictions } = synthetic(name, [...new Set(best.map((b) => b.code))]);
  for (const b of best) {
    const want = predictions[b.code].mean;
    expect(relative(b.hardware, want), `best ${b.code}: ${b.hardware} ms vs the profile's ${want} ms`).toBeLessThan(1e-9);
  }
  return best;
}

for (const size of [
  { name: 'desktop', width: 1280, height: 800 },
  { name: 'phone', width: 390, height: 844 },
]) {
  test(`a stored profile is a device of the editor and the search race (${size.name})`, async ({ page, request }) => {
    test.setTimeout(240_000);
    await page.setViewportSize({ width: size.width, height: size.height });
    // A name of this run: profiles are content-addressed, so a new name is a new profile with a new token.
    const deviceName = `E2E ${size.name} ${Date.now().toString(36)}`;
    const { profile, predictions } = synthetic(deviceName, [B0, EDITED]);
    // Its own client address: device writes are rate-limited per client, and other specs write too.
    const client = { 'x-forwarded-for': `10.70.1.${size.name === 'desktop' ? 1 : 2}` };
    const res = await request.post('/api/v1/devices', { data: { origin: 'cli', profile }, headers: client });
    expect(res.status()).toBe(201);
    const stored = (await res.json()) as { device: { id: string; name: string }; deleteToken: string };
    const id = stored.device.id;
    const metric = `${id}.latency`;
    expect(stored.device.name).toBe(deviceName);

    try {
      // The editor: the linked device's row is the profile's prediction, and an edit re-predicts it.
      await page.goto(`/arch/${B0}?device=${id}`);
      const row = page.locator(`tr[data-target="${metric}"]`);
      await expect(row).toContainText(`Latency ${deviceName} (profiled)`);
      await expect(row.getByRole('link', { name: 'profiled' })).toHaveAttribute('href', `/devices/${id}`);
      const before = await expectRowMatches(page, metric, predictions[B0], B0);
      await page.getByTestId('gene-3-k-3').focus();
      await page.keyboard.press('ArrowRight');
      await expect(page).toHaveURL(new RegExp(`/arch/${EDITED}\\?.*device=${id}`));
      const after = await expectRowMatches(page, metric, predictions[EDITED], EDITED);
      expect(after).not.toBe(before);
      // The change against the previous architecture is the model's relative change.
      const change = page.getByTestId(`change-previous-${metric}`);
      await expect(change).toHaveAttribute('data-delta', /\d/);
      expect(Number(await change.getAttribute('data-delta'))).toBeCloseTo(after / before - 1, 9);
      await expectNoSeriousAxeViolations(page);

      // The race on the device: hardware from the profile, accuracy from the surrogate.
      await page.goto(`/search?o=rs,re&seeds=1&budget=100&metric=${metric}`);
      const first = await expectRaceOnDevice(page, id, deviceName);
      await expect(page.getByLabel('Device metric')).toHaveValue(metric);
      if (size.name === 'desktop') await saveScreenshot(page, 'profiled-device-search');
      await expectNoSeriousAxeViolations(page);
      // The link is the race: a reload runs it again on the same device.
      await page.reload();
      await expect(page).toHaveURL(new RegExp(`metric=${metric.replace('.', '\\.')}`));
      // Seeded: the same best architectures and values again.
      expect(await expectRaceOnDevice(page, id, deviceName)).toEqual(first);
    } finally {
      const del = await request.delete(`/api/v1/devices/${id}`, { headers: { ...client, 'X-Delete-Token': stored.deleteToken } });
      expect(del.status()).toBe(200);
    }
    expect((await request.get(`/api/v1/devices/${id}`)).status()).toBe(404);
    // Gone: a link to it says so instead of showing stale numbers.
    await page.goto(`/arch/${B0}?device=${id}`);
    await expect(page.locator(`tr[data-profiled-device="${id}"]`)).toContainText(`No profiled device ${id} on this server`);
    await page.goto(`/search?o=rs&seeds=1&budget=100&metric=${metric}`);
    await expect(page.getByTestId('race-device-error')).toContainText(`No profiled device ${id}`);
  });
}
