// Answers the API's GET requests (the REST v1 routes and tRPC queries) in the server process, before
// Next.js routes them, with the same handlers, zod validation, error bodies and headers as their route
// files in app/api/. Why: profiled under load (#14), Next's per-request machinery (router, proxy.ts,
// route-module wrapping, Web-stream bodies) cost more than most of the API's own work; answered here, a
// request costs its handler, one JSON.stringify and one write. Everything else (other methods, HEAD,
// prefetches, pages, static files, unusual paths) goes on to Next as before.
import 'server-only';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { promisify } from 'node:util';
import { deflate, gzip } from 'node:zlib';
import { z } from 'zod';
import { runRest, type RestResult } from '../rest/handleRest';
import type { RestRoute } from '../rest/restRoute';
import { REST_ROUTES } from '../rest/routes';
import { trpcHttpHandler } from '../trpc/trpcHttpHandler';
import { acceptedCompression, COMPRESSION_THRESHOLD_BYTES } from './acceptedCompression';
import { contentSecurityPolicy } from './contentSecurityPolicy';

/** next.config.mjs's header rules as Next compiles them (`.next/routes-manifest.json`, `headers`). */
export const headerRulesSchema = z.array(
  z.object({
    regex: z.string(),
    headers: z.array(z.object({ key: z.string(), value: z.string() })),
    has: z.unknown().optional(),
    missing: z.unknown().optional(),
  }),
);
export type HeaderRule = z.infer<typeof headerRulesSchema>[number];

export interface DirectApiOptions {
  /** next.config.mjs's header rules, applied as Next applies them: every rule whose regex matches the path. */
  headerRules: HeaderRule[];
  /** Development mode (CSP with 'unsafe-eval', as proxy.ts). */
  dev?: boolean;
}

export type DirectApiHandler = (req: IncomingMessage, res: ServerResponse) => Promise<void>;

/** What Next.js adds to every app route's Vary (before the route's own values and Accept-Encoding). */
const NEXT_VARY = 'rsc, next-router-state-tree, next-router-prefetch, next-router-segment-prefetch';

/** One path segment made of URL-unreserved characters only: anything encoded or odd is left to Next's decoding. */
const SEGMENT = '([A-Za-z0-9._~-]+)';

const compress = { gzip: promisify(gzip), deflate: promisify(deflate) };

interface CompiledRoute {
  route: RestRoute;
  pattern: RegExp;
  params: string[];
}

function compile(route: RestRoute): CompiledRoute {
  const params: string[] = [];
  const source = route.path
    .split('/')
    .map((segment) => {
      const param = /^\{(\w+)\}$/.exec(segment);
      if (!param) return segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      params.push(param[1]);
      return SEGMENT;
    })
    .join('/');
  return { route, pattern: new RegExp(`^${source}$`), params };
}

/**
 * The handler for `req` when the server answers it directly, else null (Next.js answers it). Throws at
 * start-up for header rules with conditions (`has`/`missing`), which this does not evaluate.
 */
export function directApiHandler(options: DirectApiOptions): (req: IncomingMessage) => DirectApiHandler | null {
  const conditional = options.headerRules.filter((r) => r.has !== undefined || r.missing !== undefined);
  if (conditional.length > 0)
    throw new Error(
      `next.config.mjs has header rules with has/missing conditions (${conditional.map((r) => r.regex).join(', ')}), which server/http/directApiHandler.ts does not evaluate: teach it them, or drop the conditions.`,
    );
  const headerRules = options.headerRules.map((r) => ({ regex: new RegExp(r.regex), headers: r.headers }));
  // Static paths before parameterised ones, as Next routes them (/devices/rank-correlation before /devices/{id}).
  const routes = REST_ROUTES.map(compile).sort((a, b) => a.params.length - b.params.length);

  /** The headers Next would put on an API response to `pathname`, before the route's own. */
  const baseHeaders = (pathname: string): Record<string, string> => {
    const out: Record<string, string> = {};
    for (const rule of headerRules) if (rule.regex.test(pathname)) for (const h of rule.headers) out[h.key] = h.value;
    out['content-security-policy'] = contentSecurityPolicy(options.dev ?? false).policy;
    return out;
  };

  const send = async (req: IncomingMessage, res: ServerResponse, status: number, headers: Record<string, string>, body: Buffer) => {
    const coding = body.length >= COMPRESSION_THRESHOLD_BYTES ? acceptedCompression(req.headers['accept-encoding']) : null;
    const sent = coding ? await compress[coding](body) : body;
    res.writeHead(status, {
      ...headers,
      vary: `${headers.vary ? `${NEXT_VARY}, ${headers.vary}` : NEXT_VARY}, Accept-Encoding`,
      ...(coding && { 'content-encoding': coding }),
      'content-length': String(sent.length),
    });
    res.end(sent);
  };

  const rest =
    (found: CompiledRoute, pathname: string, query: string, rawParams: Record<string, string>): DirectApiHandler =>
    async (req, res) => {
      const result: RestResult = await runRest(found.route, new URLSearchParams(query), rawParams);
      const headers = { ...baseHeaders(pathname), ...lower(result.headers), 'content-type': 'application/json' };
      await send(req, res, result.status, headers, Buffer.from(JSON.stringify(result.body)));
    };

  const trpc =
    (pathname: string): DirectApiHandler =>
    async (req, res) => {
      const headers = new Headers();
      for (const [k, v] of Object.entries(req.headers)) if (v !== undefined) headers.set(k, Array.isArray(v) ? v.join(', ') : v);
      // As Next.js does before its handlers run: the rate limits key on the last X-Forwarded-For address.
      if (!headers.has('x-forwarded-for') && req.socket.remoteAddress) headers.set('x-forwarded-for', req.socket.remoteAddress);
      const response = await trpcHttpHandler(
        new Request(`http://${req.headers.host ?? 'localhost'}${req.url}`, { method: 'GET', headers }),
      );
      const out = baseHeaders(pathname);
      response.headers.forEach((value, key) => void (out[key] = value));
      await send(req, res, response.status, out, Buffer.from(await response.arrayBuffer()));
    };

  return (req) => {
    if (req.method !== 'GET' || !req.url?.startsWith('/api/')) return null;
    // proxy.ts skips prefetches (no CSP on them): leave those to Next, so their headers stay as they were.
    if (req.headers['next-router-prefetch'] !== undefined || req.headers.purpose === 'prefetch') return null;
    const q = req.url.indexOf('?');
    const pathname = q === -1 ? req.url : req.url.slice(0, q);
    const query = q === -1 ? '' : req.url.slice(q + 1);
    if (pathname.startsWith('/api/trpc/')) return /^\/api\/trpc\/[A-Za-z0-9._,-]+$/.test(pathname) ? trpc(pathname) : null;
    for (const found of routes) {
      const m = found.pattern.exec(pathname);
      if (m) return rest(found, pathname, query, Object.fromEntries(found.params.map((p, i) => [p, m[i + 1]])));
    }
    return null;
  };
}

const lower = (headers: Record<string, string>) => Object.fromEntries(Object.entries(headers).map(([k, v]) => [k.toLowerCase(), v]));
