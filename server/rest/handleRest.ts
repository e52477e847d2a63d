// Runs a RestRoute for a Next.js route handler (or, for GETs, the server's direct handler,
// server/http/directApiHandler.ts): parses path and query parameters with zod, maps known errors to 4xx
// JSON bodies and everything else to a 500 without internals.
import 'server-only';
import { TRPCError } from '@trpc/server';
import { ZodError } from 'zod';
import { formatZodError } from '../http/formatZodError';
import { readJsonBody } from '../http/bodyLimit';
import { clientKey } from '../http/rateLimit';
import { databaseUnavailableError } from '../services/databaseUnavailableError';
import { ServiceError } from '../services/serviceError';
import { apiError } from './apiError';
import type { DeleteRoute, RestRoute, WriteRoute } from './restRoute';

/** Query parameters as an object; repeated keys (`?arch=a&arch=b`) become arrays. */
export function searchParamsToObject(params: URLSearchParams): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const key of new Set(params.keys())) {
    const all = params.getAll(key);
    out[key] = all.length > 1 ? all : all[0];
  }
  return out;
}

/** What a REST route answers, before it is written as a Fetch Response (Next) or to a Node response (directApiHandler). */
export interface RestResult {
  status: number;
  body: unknown;
  headers: Record<string, string>;
}

const restResult = (status: number, body: unknown, headers: Record<string, string> = {}): RestResult => ({
  status,
  body,
  headers: { 'Cache-Control': 'no-store', ...headers },
});

const toResponse = (r: RestResult): Response => Response.json(r.body, { status: r.status, headers: r.headers });

function json(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return toResponse(restResult(status, body, headers));
}

/** Retry-After of a 429 or of a 503 for a database outage (ServiceError details.retryAfterSeconds). */
function retryAfter(e: ServiceError): Record<string, string> {
  const s = (e.details as { retryAfterSeconds?: unknown } | undefined)?.retryAfterSeconds;
  return (e.code === 'too_many_requests' || e.code === 'unavailable') && typeof s === 'number' ? { 'Retry-After': String(s) } : {};
}

export function errorResponse(e: unknown): Response {
  return toResponse(errorResult(e));
}

export function errorResult(e: unknown): RestResult {
  if (e instanceof ServiceError) {
    const { status, code } = apiError(e);
    return restResult(status, { error: { code, message: e.message, details: e.details } }, retryAfter(e));
  }
  if (e instanceof ZodError)
    return restResult(400, {
      error: {
        code: 'bad_request',
        message: formatZodError(e),
        issues: e.issues.map((i) => ({ path: i.path.join('.'), message: i.message })),
      },
    });
  if (e instanceof TRPCError) {
    if (e.cause instanceof ServiceError) return errorResult(e.cause);
    if (e.code === 'NOT_FOUND') return restResult(404, { error: { code: 'not_found', message: e.message } });
    if (e.code === 'BAD_REQUEST') {
      const cause = e.cause instanceof ZodError ? formatZodError(e.cause) : e.message;
      return restResult(400, { error: { code: 'bad_request', message: cause } });
    }
  }
  const outage = databaseUnavailableError(e);
  if (outage) return errorResult(outage);
  console.error('[api] internal error', e);
  return restResult(500, { error: { code: 'internal', message: 'Internal server error; the problem has been logged.' } });
}

export async function handleRest(route: RestRoute, request: Request, rawParams: Record<string, string> = {}): Promise<Response> {
  return toResponse(await runRest(route, new URL(request.url).searchParams, rawParams));
}

/** A GET route on its query and (URL-decoded) path parameters: 200 with the body, or the error's status and body. */
export async function runRest(
  route: RestRoute,
  searchParams: URLSearchParams,
  rawParams: Record<string, string> = {},
): Promise<RestResult> {
  try {
    const query = searchParamsToObject(searchParams);
    const known = new Set(Object.keys(route.query.shape));
    const unknown = Object.keys(query).filter((k) => !known.has(k));
    if (unknown.length > 0) {
      throw new ServiceError(
        'bad_request',
        `Unknown query parameter ${unknown.map((u) => `"${u}"`).join(', ')}; allowed: ${[...known].join(', ') || 'none'}.`,
      );
    }
    const params = route.params.parse(rawParams);
    const parsedQuery = route.query.parse(query);
    const body = await route.run(params, parsedQuery);
    return restResult(200, body);
  } catch (e) {
    return errorResult(e);
  }
}

/**
 * A POST route: no query parameters, a JSON body of at most 16 KiB (the route's maxBodyBytes; 413 beyond), validated with zod
 * (400 naming the field), then the route's own checks (rate limit: 429 with Retry-After).
 */
export async function handleWrite(route: WriteRoute, request: Request): Promise<Response> {
  try {
    const query = [...new URL(request.url).searchParams.keys()];
    if (query.length > 0)
      throw new ServiceError(
        'bad_request',
        `Unknown query parameter ${[...new Set(query)].map((q) => `"${q}"`).join(', ')}; ${route.path} takes its input as a JSON body.`,
      );
    const raw = await readJsonBody(request, route.maxBodyBytes);
    const body = route.body.parse(raw);
    const result = await route.run(body, clientKey(request.headers));
    return json(result.created ? 201 : 200, result.body);
  } catch (e) {
    return errorResponse(e);
  }
}

/** A DELETE route: no query, the path parameters validated, the token from the X-Delete-Token header. */
export async function handleDelete(route: DeleteRoute, request: Request, rawParams: Record<string, string> = {}): Promise<Response> {
  try {
    const query = [...new URL(request.url).searchParams.keys()];
    if (query.length > 0)
      throw new ServiceError(
        'bad_request',
        `Unknown query parameter ${[...new Set(query)].map((q) => `"${q}"`).join(', ')}; send the token in the X-Delete-Token header.`,
      );
    const token = request.headers.get('x-delete-token');
    if (!token) throw new ServiceError('bad_request', 'No X-Delete-Token header; send the delete token given when this was stored in it.');
    const params = route.params.parse(rawParams);
    return json(200, await route.run(params, token, clientKey(request.headers)));
  } catch (e) {
    return errorResponse(e);
  }
}
