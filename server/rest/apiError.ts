// Errors the API reports to clients: a status, a stable code and a message that says what is wrong
// and what is allowed. Anything else is an internal error and is never shown as a stack trace.
export type ApiErrorCode = 'bad_request' | 'not_found' | 'payload_too_large' | 'rate_limited' | 'internal';

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: ApiErrorCode,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
  }
}
