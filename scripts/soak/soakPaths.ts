// The soak's request mix (npm run test:soak, and test:scale through nginx): API, tRPC, two pages, static
// files, as one of each route family a user or client hits.
import { existsSync, readdirSync } from 'node:fs';

export const SOAK_PATHS = [
  '/api/v1/stats',
  '/api/v1/devices',
  '/api/v1/devices/rank-correlation',
  '/api/v1/architectures?limit=50&sort=throughput_a100&order=desc',
  '/api/v1/architectures?e=4,6&k5=5&min_val_top1=60&limit=20',
  '/api/v1/architectures/6310-4520-6330-6530-6520-1320-1320',
  '/api/v1/pareto?metric=latency_vck190',
  '/api/v1/proxy-fidelity',
  '/api/trpc/architectures.stats',
  `/api/trpc/pareto.measured?input=${encodeURIComponent(JSON.stringify({ metric: 'throughput_a100' }))}`,
  // The landing page is left out: it inlines every measured point (~1 MB of HTML, ~0.3 s of CPU per
  // render), so at 200 connections it alone would hold each connection for a minute.
  '/data',
  '/proxy?seed=1',
  '/robots.txt',
];

/** One of the build's immutable JS chunks, as the browser fetches them. */
export function staticChunk(): string[] {
  const dir = '.next/static/chunks';
  const js = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.js')) : [];
  return js.length > 0 ? [`/_next/static/chunks/${js[0]}`] : [];
}
