// A failure a service reports to its caller, in the service's terms and not a transport's: the REST
// layer maps it to an HTTP status and JSON error body (server/rest/apiError.ts), tRPC to a TRPCError
// code (server/trpc/trpcError.ts). The message says what is wrong and what is allowed; anything else
// thrown is an internal error and is never shown as a stack trace.

/** What went wrong, from the caller's side. */
export type ServiceErrorCode =
  /** The input is invalid: the message names the field, the value and what is allowed. */
  | 'bad_request'
  /** The caller may not do this to this thing (a delete with the wrong token). */
  | 'forbidden'
  /** A well-formed reference to something that does not exist. */
  | 'not_found'
  /** A request body over its byte cap. */
  | 'payload_too_large'
  /** A rate limit refused the request; `details.retryAfterSeconds` says when to retry. */
  | 'too_many_requests'
  /** Something the service needs is missing (no imported dataset, no trained model). */
  | 'unavailable';

export class ServiceError extends Error {
  constructor(
    readonly code: ServiceErrorCode,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
  }
}
