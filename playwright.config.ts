// End-to-end journeys in Debian's headless Chromium against the production build (`npm start`).
import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS } from './scripts/process/chromiumFlags';

const PORT = Number(process.env.E2E_PORT ?? 3107);
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export default defineConfig({
  testDir: 'e2e',
  timeout: 60_000,
  expect: { timeout: 15_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    viewport: { width: 1280, height: 800 },
    launchOptions: {
      executablePath: CHROMIUM,
      args: CHROMIUM_ARGS,
    },
  },
  webServer: {
    // `npm start` as a user runs it: the compiled server `npm run build` (test:e2e's first step) wrote.
    // The e2e run uses its own database folder so it never touches the user's. start.ts itself stores
    // the default proxy searches when missing (e2e/searches-on-start.spec.ts checks /searches lists them).
    command: 'npm start',
    env: { PORT: String(PORT), HOSTNAME: '127.0.0.1', ANB_DB_DIR: 'build/e2e-pglite', NEXT_TELEMETRY_DISABLED: '1' },
    url: `http://127.0.0.1:${PORT}/api/health`,
    timeout: 300_000,
    reuseExistingServer: false,
    stdout: 'pipe',
  },
});
