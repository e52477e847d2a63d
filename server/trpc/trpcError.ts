// How tRPC reports a ServiceError: the matching tRPC code with the same message, the ServiceError
// kept as the cause (the HTTP entry reads a 429's Retry-After from it).
import 'server-only';
import { TRPCError } from '@trpc/server';
import type { ServiceError, ServiceErrorCode } from '../services/serviceError';

const TRPC_CODES: Record<ServiceErrorCode, TRPCError['code']> = {
  bad_request: 'BAD_REQUEST',
  forbidden: 'FORBIDDEN',
  not_found: 'NOT_FOUND',
  payload_too_large: 'PAYLOAD_TOO_LARGE',
  too_many_requests: 'TOO_MANY_REQUESTS',
  unavailable: 'SERVICE_UNAVAILABLE',
};

export function trpcError(e: ServiceError): TRPCError {
  return new TRPCError({ code: TRPC_CODES[e.code], message: e.message, cause: e });
}
