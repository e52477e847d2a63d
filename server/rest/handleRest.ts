// Runs a RestRoute for a Next.js route handler: parses path and query parameters with zod, maps
// known errors to 4xx JSON bodies and everything else to a 500 without internals.
import 'server-only';
import { TRPCError } from '@trpc/server';
import { ZodError } from 'zod';
import { formatZodError } from '../http/formatZodError';
import { ApiError } from './apiError';
import type { RestRoute } from './restRoute';

/** Query parameters as an object; repeated keys (`?arch=a&arch=b`) become arrays. */
export function searchParamsToObject(params: URLSearchParams): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const key of new Set(params.keys())) {
    const all = params.getAll(key);
    out[key] = all.length > 1 ? all : all[0];
  }
  return out;
}

function json(status: number, body: unknown): Response {
  return Response.json(body, { status, headers: { 'Cache-Control': 'no-store' } });
}

export function errorResponse(e: unknown): Response {
  if (e instanceof ApiError) return json(e.status, { error: { code: e.code, message: e.message, details: e.details } });
  if (e instanceof ZodError) return json(400, { error: { code: 'bad_request', message: formatZodError(e), issues: e.issues.map((i) => ({ path: i.path.join('.'), message: i.message })) } });
  if (e instanceof TRPCError) {
    if (e.code === 'NOT_FOUND') return json(404, { error: { code: 'not_found', message: e.message } });
    if (e.code === 'BAD_REQUEST') {
      const cause = e.cause instanceof ZodError ? formatZodError(e.cause) : e.message;
      return json(400, { error: { code: 'bad_request', message: cause } });
    }
  }
  console.error('[api] internal error', e);
  return json(500, { error: { code: 'internal', message: 'Internal server error; the problem has been logged.' } });
}

export async function handleRest(route: RestRoute, request: Request, rawParams: Record<string, string> = {}): Promise<Response> {
  try {
    const url = new URL(request.url);
    const query = searchParamsToObject(url.searchParams);
    const known = new Set(Object.keys(route.query.shape));
    const unknown = Object.keys(query).filter((k) => !known.has(k));
    if (unknown.length > 0) {
      throw new ApiError(400, 'bad_request', `Unknown query parameter ${unknown.map((u) => `"${u}"`).join(', ')}; allowed: ${[...known].join(', ') || 'none'}.`);
    }
    const params = route.params.parse(rawParams);
    const parsedQuery = route.query.parse(query);
    const body = await route.run(params, parsedQuery);
    return json(200, body);
  } catch (e) {
    return errorResponse(e);
  }
}
