// Security headers on pages, API responses and static files, as the browser receives them.
import { expect, test, type APIResponse, type Response } from '@playwright/test';

const headersOf = (r: Response | APIResponse): Promise<Record<string, string>> | Record<string, string> =>
  'allHeaders' in r ? r.allHeaders() : r.headers();

const COMMON = {
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-embedder-policy': 'require-corp',
  'cross-origin-resource-policy': 'same-origin',
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'strict-origin-when-cross-origin',
};

test('every response carries the security headers; pages and API a nonce-based CSP', async ({ page, request }) => {
  const pageResponse = await page.goto('/');
  const staticPath = await page.evaluate(() =>
    (document.querySelector('script[src^="/_next/static/"]') as HTMLScriptElement | null)?.getAttribute('src'),
  );
  expect(staticPath).toBeTruthy();
  const responses = {
    page: pageResponse!,
    api: await request.get('/api/v1/devices'),
    apiError: await request.get('/api/v1/architectures?limit=0'),
    static: await request.get(staticPath!),
    robots: await request.get('/robots.txt'),
  };
  for (const [name, res] of Object.entries(responses)) {
    const headers = await headersOf(res);
    for (const [key, value] of Object.entries(COMMON)) expect(headers[key], `${name}: ${key}`).toBe(value);
    expect(headers['permissions-policy'], `${name}: permissions-policy`).toContain('camera=()');
  }
  for (const name of ['page', 'api', 'apiError'] as const) {
    const csp = (await headersOf(responses[name]))['content-security-policy'];
    expect(csp, `${name}: CSP`).toBeTruthy();
    const scriptSrc = csp
      .split(';')
      .map((d: string) => d.trim())
      .find((d: string) => d.startsWith('script-src'))!;
    expect(scriptSrc).toMatch(/'nonce-[A-Za-z0-9+/=]+'/);
    expect(scriptSrc).not.toContain("'unsafe-inline'");
    expect(scriptSrc).toContain("'wasm-unsafe-eval'");
  }
  // Two loads get two different nonces.
  const a = (await request.get('/')).headers()['content-security-policy'];
  const b = (await request.get('/')).headers()['content-security-policy'];
  expect(a).not.toBe(b);
  // The page really is cross-origin isolated (needed for the threaded wasm runtime).
  expect(await page.evaluate(() => self.crossOriginIsolated)).toBe(true);
});

test('errors never leak a stack trace', async ({ request }) => {
  for (const path of [
    '/api/v1/architectures?limit=-1',
    '/api/v1/architectures/%00',
    '/api/v1/pareto?metric=x',
    '/api/trpc/architectures.byCode?input=%7Bbad',
  ]) {
    const res = await request.get(path);
    expect(res.status(), path).toBeGreaterThanOrEqual(400);
    expect(res.status(), path).toBeLessThan(500);
    const text = await res.text();
    expect(text, path).not.toMatch(/at .*\.(ts|js):\d+/);
  }
});
