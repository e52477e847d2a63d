// Token buckets for the write routes, in memory, per app instance (nothing shared between instances:
// N instances behind a load balancer allow N times the rate). Each client key gets `capacity` tokens
// refilled at `perSecond`; one global bucket caps all clients together, so a client rotating its key
// still cannot exceed it. A refused request is a 429 with Retry-After in whole seconds.
import { ServiceError } from '../services/serviceError';

export interface BucketSettings {
  /** Burst: requests allowed at once from a full bucket. */
  capacity: number;
  /** Sustained rate: tokens added per second. */
  perSecond: number;
}

interface Bucket {
  tokens: number;
  at: number;
}

/** Clients remembered at most (oldest dropped first, as a full bucket would be). */
const MAX_KEYS = 10_000;

export class TokenBuckets {
  private readonly buckets = new Map<string, Bucket>();

  constructor(private readonly settings: BucketSettings) {}

  /** Takes a token for `key`: 0 when allowed, else the seconds until one is available. */
  take(key: string, now = Date.now()): number {
    const { capacity, perSecond } = this.settings;
    const b = this.buckets.get(key) ?? { tokens: capacity, at: now };
    b.tokens = Math.min(capacity, b.tokens + ((now - b.at) / 1000) * perSecond);
    b.at = now;
    // Re-inserted so Map order is least recently used first.
    this.buckets.delete(key);
    this.buckets.set(key, b);
    if (this.buckets.size > MAX_KEYS) this.buckets.delete(this.buckets.keys().next().value!);
    if (b.tokens >= 1) {
      b.tokens -= 1;
      return 0;
    }
    return Math.max(1, Math.ceil((1 - b.tokens) / perSecond));
  }

  get size(): number {
    return this.buckets.size;
  }
}

/**
 * The client a request comes from: the last address in X-Forwarded-For. The production server
 * (scripts/startup/serve.ts) writes that header itself from the connection, or from a load balancer
 * named in ANB_TRUSTED_PROXIES (server/http/clientAddress.ts), so a client cannot pick its own key;
 * under `next dev` Next.js fills it from the socket when the client sent none.
 */
export function clientKey(headers: Headers): string {
  const forwarded = headers.get('x-forwarded-for');
  const last = forwarded
    ?.split(',')
    .map((s) => s.trim())
    .filter(Boolean)
    .at(-1);
  return (last ?? 'unknown').slice(0, 64);
}

export interface RateLimiter {
  /** Throws ServiceError too_many_requests (a 429, with `retryAfterSeconds` in details) when `key` or everyone is over the limit. */
  check(key: string, now?: number): void;
}

export function createRateLimiter(what: string, perClient: BucketSettings, global: BucketSettings): RateLimiter {
  const clients = new TokenBuckets(perClient);
  const all = new TokenBuckets(global);
  return {
    check(key, now = Date.now()) {
      const wait = clients.take(key, now);
      if (wait > 0) {
        throw new ServiceError(
          'too_many_requests',
          `Too many ${what} from this client: at most ${perClient.capacity} at once and ${perClient.perSecond * 60} per minute. Retry after ${wait} s.`,
          { retryAfterSeconds: wait },
        );
      }
      const globalWait = all.take('*', now);
      if (globalWait > 0) {
        throw new ServiceError(
          'too_many_requests',
          `Too many ${what} on this server from all clients together (at most ${global.perSecond * 60} per minute). Retry after ${globalWait} s.`,
          { retryAfterSeconds: globalWait },
        );
      }
    },
  };
}

/** POST /api/v1/searches and searches.create: each runs a search on the server's CPU. */
export const SEARCH_WRITE_LIMITS = {
  perClient: { capacity: 5, perSecond: 5 / 60 },
  global: { capacity: 20, perSecond: 1 },
} as const;

const holder = globalThis as typeof globalThis & { __anbSearchWrites?: RateLimiter };
/** The process's limiter for stored-search writes (shared by the REST route and the tRPC mutation). */
export function searchWriteLimiter(): RateLimiter {
  return (holder.__anbSearchWrites ??= createRateLimiter('search runs', SEARCH_WRITE_LIMITS.perClient, SEARCH_WRITE_LIMITS.global));
}

/** POST /api/v1/devices and devices.create: a stored profile is up to 64 KiB that nobody but its creator can delete. */
export const DEVICE_WRITE_LIMITS = {
  perClient: { capacity: 5, perSecond: 5 / 60 },
  global: { capacity: 20, perSecond: 1 / 3 },
} as const;

const deviceHolder = globalThis as typeof globalThis & { __anbDeviceWrites?: RateLimiter };
/** The process's limiter for device-profile writes and deletes (shared by the REST routes and the tRPC mutations). */
export function deviceWriteLimiter(): RateLimiter {
  return (deviceHolder.__anbDeviceWrites ??= createRateLimiter(
    'device profile writes',
    DEVICE_WRITE_LIMITS.perClient,
    DEVICE_WRITE_LIMITS.global,
  ));
}
