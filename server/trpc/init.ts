// tRPC initialisation: one instance whose context carries the database, input errors reported as
// BAD_REQUEST with what is wrong and what is allowed, never a stack trace.
import 'server-only';
import { initTRPC, TRPCError } from '@trpc/server';
import { ZodError } from 'zod';
import type { Database } from '../db/openDatabase';
import { formatZodError } from '../http/formatZodError';
import { ApiError } from '../rest/apiError';

export interface Context {
  db: Database;
  /** Rate-limit key of the HTTP client (server/http/rateLimit.ts clientKey); absent for server-side callers. */
  client?: string;
}

export const t = initTRPC.context<Context>().create({
  errorFormatter({ shape, error }) {
    const zod = error.cause instanceof ZodError ? error.cause : null;
    return {
      ...shape,
      message: zod ? formatZodError(zod) : shape.message,
      data: { code: shape.data.code, httpStatus: shape.data.httpStatus, path: shape.data.path },
    };
  },
});

const TRPC_CODES: Record<number, TRPCError['code']> = { 400: 'BAD_REQUEST', 404: 'NOT_FOUND', 413: 'PAYLOAD_TOO_LARGE', 429: 'TOO_MANY_REQUESTS', 503: 'SERVICE_UNAVAILABLE' };

/** Services throw ApiError; tRPC clients get the matching tRPC code with the same message. */
const apiErrors = t.middleware(async ({ next }) => {
  const result = await next();
  if (!result.ok && result.error.cause instanceof ApiError) {
    const cause = result.error.cause;
    throw new TRPCError({ code: TRPC_CODES[cause.status] ?? 'INTERNAL_SERVER_ERROR', message: cause.message, cause });
  }
  return result;
});

export const router = t.router;
export const publicProcedure = t.procedure.use(apiErrors);
export const createCallerFactory = t.createCallerFactory;
