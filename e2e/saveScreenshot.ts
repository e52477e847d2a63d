// Saves a full-page screenshot of a view for the README (e2e/screenshots/<name>.jpg): every picture
// of the app in the docs is taken from the real app by the e2e run.
import type { Page } from '@playwright/test';

export async function saveScreenshot(page: Page, name: string): Promise<void> {
  // JPEG keeps each picture small enough to commit.
  await page.screenshot({ path: `e2e/screenshots/${name}.jpg`, fullPage: true, type: 'jpeg', quality: 70 });
}
