// The production HTTP server that `npm start` (scripts/start.ts) runs, in the same process, once the
// data is imported: the Next.js request handler behind a turn scheduler (server/http/turnScheduler.ts), so
// that under full load new connections are still accepted within milliseconds. The API's GET requests are
// answered before Next by the same handlers (server/http/directApiHandler.ts: 80–240% of the static file's
// rate instead of 15–55%, bench/results/latest.md). Everything else is `next start`'s.
import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { constants as zlibConstants } from 'node:zlib';
import compression from 'compression';
import type { Env } from '@/server/env';
import { clientAddress, parseTrustedProxies } from '@/server/http/clientAddress';
import { directApiHandler, headerRulesSchema } from '@/server/http/directApiHandler';
import { turnScheduler } from '@/server/http/turnScheduler';

/** The header rules of next.config.mjs as this build compiled them, for the responses answered before Next. */
function builtHeaderRules() {
  const file = '.next/routes-manifest.json';
  const parsed = headerRulesSchema.safeParse((JSON.parse(readFileSync(file, 'utf8')) as { headers?: unknown }).headers ?? []);
  if (!parsed.success)
    throw new Error(`${file} has no header rules in the form this server reads: ${parsed.error.message} (rebuild with \`npm run build\`).`);
  return parsed.data;
}

/** Resolves once the server listens; exits the process with the reason when it cannot. */
export async function serve(env: Env): Promise<void> {
  // Before Next.js loads: it reads NODE_ENV on import (package.json's start sets it too).
  (process.env as Record<string, string>).NODE_ENV = 'production';
  process.env.NEXT_TELEMETRY_DISABLED = '1';
  const { default: next } = await import('next');
  const t0 = performance.now();
  const app = next({ dev: false, dir: process.cwd(), hostname: env.HOSTNAME, port: env.PORT });
  const handle = app.getRequestHandler();
  await app.prepare();

  // Next compresses what its MIME table calls compressible, which leaves the surrogate's .onnx
  // (application/octet-stream) at 1.24 MB on the wire; brotli halves it (0.66 MB) for ~20 ms per request.
  // Browsers revalidate it with its ETag, so the body is sent (and compressed) once per model version.
  const MODEL_FILE = /^\/models\/[^/?]+\.onnx(\?|$)/;
  const compressModel = compression({
    filter: (req) => MODEL_FILE.test(req.url ?? ''),
    brotli: { params: { [zlibConstants.BROTLI_PARAM_QUALITY]: 5 } },
  });
  const direct = directApiHandler({ headerRules: builtHeaderRules() });
  // The client's address for the write routes' rate limits (rateLimit.ts clientKey reads X-Forwarded-For):
  // the socket's peer, or what a trusted load balancer forwarded (server/http/clientAddress.ts). Written
  // over any X-Forwarded-For the client sent, before Next fills in its own only when the header is absent,
  // and before the direct API handler reads it.
  const trusted = parseTrustedProxies(env.ANB_TRUSTED_PROXIES);
  if (trusted.entries.length > 0) console.log(`X-Forwarded-For trusted from ${trusted.entries.join(', ')} (ANB_TRUSTED_PROXIES)`);
  const serve = (req: IncomingMessage, res: ServerResponse) => {
    req.headers['x-forwarded-for'] = clientAddress(req.socket.remoteAddress, req.headers['x-forwarded-for'], trusted);
    if (MODEL_FILE.test(req.url ?? '')) return compressModel(req as never, res as never, () => void handle(req, res));
    const api = direct(req);
    return api ? api(req, res) : handle(req, res);
  };

  const scheduler = turnScheduler(serve, {
    onError: (e, req) => console.error(`[server] ${req.method} ${req.url} failed:`, e),
    maxWaitMs: env.ANB_MAX_QUEUE_WAIT_MS,
    perTurn: env.ANB_REQUESTS_PER_TURN,
    // A load balancer's health check must not wait behind (or be shed with) the queue it is checking.
    priority: (req) => req.url === '/api/health' || (req.url?.startsWith('/api/health?') ?? false),
  });
  // Shed requests are the overload's cost: say how many, at most once a minute, when there were any.
  let reportedShed = 0;
  setInterval(() => {
    if (scheduler.shed === reportedShed) return;
    console.warn(
      `[server] overloaded: ${scheduler.shed - reportedShed} request(s) answered 503 in the last minute (${scheduler.served} served in all)`,
    );
    reportedShed = scheduler.shed;
  }, 60_000).unref();
  const server = createServer(scheduler);
  scheduler.watch(server);
  server.on('error', (e) => {
    console.error(`Cannot listen on ${env.HOSTNAME}:${env.PORT}: ${(e as Error).message} (set PORT to a free port).`);
    process.exit(1);
  });
  await new Promise<void>((resolve) => server.listen(env.PORT, env.HOSTNAME, resolve));
  console.log(`✓ Ready in ${Math.round(performance.now() - t0)}ms on ${env.HOSTNAME}:${env.PORT}`);

  for (const sig of ['SIGINT', 'SIGTERM'] as const) {
    process.on(sig, () => {
      server.close(() => process.exit(0));
      // Keep-alive connections would hold close() open: give in-flight requests a moment, then go.
      server.closeIdleConnections();
      setTimeout(() => process.exit(0), 3000).unref();
    });
  }
}
