// tRPC initialisation: one instance whose context carries the database, input errors reported as
// BAD_REQUEST with what is wrong and what is allowed, never a stack trace.
import 'server-only';
import { initTRPC } from '@trpc/server';
import { ZodError } from 'zod';
import type { Database } from '../db/openDatabase';
import { formatZodError } from '../http/formatZodError';
import { databaseUnavailableError } from '../services/databaseUnavailableError';
import { ServiceError } from '../services/serviceError';
import { trpcError } from './trpcError';

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

/**
 * Services throw ServiceError; tRPC clients get the matching tRPC code with the same message. A database
 * outage is SERVICE_UNAVAILABLE (503, Retry-After from the HTTP entry), not an internal error.
 */
const serviceErrors = t.middleware(async ({ next }) => {
  const result = await next();
  if (!result.ok && result.error.cause instanceof ServiceError) throw trpcError(result.error.cause);
  const outage = result.ok ? null : databaseUnavailableError(result.error.cause);
  if (outage) throw trpcError(outage);
  return result;
});

export const router = t.router;
export const publicProcedure = t.procedure.use(serviceErrors);
export const createCallerFactory = t.createCallerFactory;
