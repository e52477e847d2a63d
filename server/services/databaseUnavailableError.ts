// The ServiceError for a database outage: REST answers it 503 with Retry-After, tRPC SERVICE_UNAVAILABLE,
// in place of the 500 an unexpected error gets (server/db/databaseUnavailable.ts tells the two apart).
import { isDatabaseUnavailable } from '../db/databaseUnavailable';
import { ServiceError } from './serviceError';

/** Seconds a client is asked to wait: PostgreSQL restarts in seconds, and the pool reconnects on the next query. */
export const DATABASE_RETRY_AFTER_S = 5;

/** A ServiceError 'unavailable' (with details.retryAfterSeconds) when `error` is the database being unreachable, else null. */
export function databaseUnavailableError(error: unknown): ServiceError | null {
  if (!isDatabaseUnavailable(error)) return null;
  return new ServiceError(
    'unavailable',
    `The database cannot be reached right now; this instance reconnects by itself. Retry after ${DATABASE_RETRY_AFTER_S} s.`,
    { retryAfterSeconds: DATABASE_RETRY_AFTER_S },
  );
}
