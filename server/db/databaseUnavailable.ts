// Whether an error means "the database cannot be reached right now" (PostgreSQL stopped, restarting or
// refusing connections) rather than a bug: the API answers those 503 with Retry-After (the instance
// reconnects by itself; node-postgres opens new connections on the next query), never a 500.
/** Socket errors of a connection that cannot be made or was cut. */
const SOCKET_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'ENOTFOUND', 'EAI_AGAIN']);

/**
 * SQLSTATEs of a server going away: class 08 (connection exception), 57P01–57P03 (shut down by the
 * administrator, crashed, cannot connect now: starting up or shutting down), 53300 (too many connections).
 */
const SQLSTATE = /^(08...|57P0[123]|53300)$/;

/** node-postgres' messages for a connection cut without a code, and its pool's connect timeout. */
const MESSAGES =
  /^(Connection terminated|connection timeout|timeout exceeded when trying to connect|Client has encountered a connection error)/i;

/** Follows `cause` (drizzle wraps driver errors in DrizzleQueryError) and AggregateError's list (Node's connect to several addresses). */
export function isDatabaseUnavailable(error: unknown, depth = 0): boolean {
  if (depth > 5 || typeof error !== 'object' || error === null) return false;
  const { code, message, cause, errors } = error as { code?: unknown; message?: unknown; cause?: unknown; errors?: unknown };
  if (typeof code === 'string' && (SOCKET_CODES.has(code) || SQLSTATE.test(code))) return true;
  if (typeof message === 'string' && MESSAGES.test(message)) return true;
  if (Array.isArray(errors) && errors.some((e) => isDatabaseUnavailable(e, depth + 1))) return true;
  return isDatabaseUnavailable(cause, depth + 1);
}
