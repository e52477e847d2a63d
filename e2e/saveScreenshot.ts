// Saves a full-page screenshot of a view for the README (e2e/screenshots/<name>.jpg): every picture
// of the app in the docs is taken from the real app by the e2e run.
import type { Page } from '@playwright/test';

/** Taller pages are cut here: /searches lists 160 runs, and its whole page made a 2.2 MB picture. */
const MAX_HEIGHT = 4000;

export async function saveScreenshot(page: Page, name: string): Promise<void> {
  const { width, height } = await page.evaluate(() => ({
    width: document.documentElement.clientWidth,
    height: document.documentElement.scrollHeight,
  }));
  // JPEG keeps each picture small enough to commit.
  await page.screenshot({
    path: `e2e/screenshots/${name}.jpg`,
    fullPage: true,
    type: 'jpeg',
    quality: 70,
    ...(height > MAX_HEIGHT ? { clip: { x: 0, y: 0, width, height: MAX_HEIGHT } } : {}),
  });
}
