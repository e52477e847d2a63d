// test:scale's numbers and goals from what the clients saw (requestRecorder.ts), what nginx logged
// (accessLog.ts) and when each fault began and ended: the JSON the issue's Must-show asks for
// (`build/test-scale.json`) and one line per goal. Pure, so the counting is unit-tested.
import { wasRetried, type AccessEntry } from './accessLog';
import type { ClientEvent } from './requestRecorder';

export type FaultName = 'kill-instance' | 'restart-postgres' | 'import';

export interface FaultWindow {
  fault: FaultName;
  /** From the fault's start to its recovery (ms since the epoch); requests in flight at any time inside count for it. */
  fromMs: number;
  toMs: number;
  /** Reported as they are (what was measured during the fault). */
  details: Record<string, unknown>;
}

export interface FaultResult {
  fault: FaultName;
  /** Requests in flight during the fault that the client saw fail (non-2xx/3xx, timeout, connection error). */
  failed: number;
  /** Requests nginx tried on a second instance during the fault (its access log). */
  retried: number;
  requests: number;
  /** Failed requests by status (0: no response). */
  failedByStatus: Record<string, number>;
  [detail: string]: unknown;
}

export interface ScaleResult {
  requests: number;
  /** Every request a client saw fail, all faults included. */
  failed: number;
  /** 503s an instance's queue bound answered (code overloaded) that reached a client. */
  shed: number;
  faults: FaultResult[];
}

export const isFailure = (e: ClientEvent): boolean => e.outcome !== 'response' || e.status < 200 || e.status >= 400 || e.truncated;

const within = (t: number, w: FaultWindow) => t >= w.fromMs && t <= w.toMs;
/**
 * In flight at some time inside the window: a request sent before PostgreSQL stopped can wait in an
 * instance's queue for seconds and meet the outage; one sent before a timeout window ends fails after it.
 */
const overlaps = (e: ClientEvent, w: FaultWindow) => e.startMs <= w.toMs && e.endMs >= w.fromMs;

/** The fault a failed request counts for: the one it failed in, else the last one it was in flight during. */
export function faultOf(e: ClientEvent, faults: FaultWindow[]): FaultWindow | null {
  return faults.find((w) => within(e.endMs, w)) ?? faults.filter((w) => overlaps(e, w)).at(-1) ?? null;
}

/** Failures by status; a cut-short 200 is `200-truncated`, no whole response `timeout` or `error <code>` (`UND_ERR_SOCKET`: the connection closed mid-response). */
function byStatus(events: ClientEvent[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const e of events) {
    const key = e.truncated
      ? `${e.status}-truncated`
      : e.outcome === 'response'
        ? String(e.status)
        : e.outcome === 'error' && e.errorCode
          ? `error ${e.errorCode}`
          : e.outcome;
    out[key] = (out[key] ?? 0) + 1;
  }
  return out;
}

/** Each version hash seen in /api/v1/stats with the record counts its bodies reported; more than one is a mix. */
export function versionRecords(events: ClientEvent[]): Map<string, Set<number>> {
  const seen = new Map<string, Set<number>>();
  for (const e of events) {
    if (!e.stats) continue;
    let counts = seen.get(e.stats.version);
    if (!counts) seen.set(e.stats.version, (counts = new Set()));
    counts.add(e.stats.records);
  }
  return seen;
}

export function scaleSummary(
  events: ClientEvent[],
  access: AccessEntry[],
  faults: FaultWindow[],
): { result: ScaleResult; goals: [string, boolean][] } {
  const failures = events.filter(isFailure);
  const results: FaultResult[] = faults.map((w) => {
    const sent = events.filter((e) => overlaps(e, w));
    const failed = failures.filter((e) => faultOf(e, faults) === w);
    return {
      fault: w.fault,
      failed: failed.length,
      retried: access.filter((a) => within(a.atMs, w) && wasRetried(a)).length,
      requests: sent.length,
      failedByStatus: byStatus(failed),
      ...w.details,
    };
  });
  const outside = failures.filter((e) => faultOf(e, faults) === null);
  const inFault = (name: FaultName) => {
    const w = faults.find((f) => f.fault === name);
    return w ? failures.filter((e) => faultOf(e, faults) === w) : [];
  };
  const postgres = inFault('restart-postgres');
  const mixed = [...versionRecords(events)].filter(([, counts]) => counts.size > 1);
  const goals: [string, boolean][] = [
    [`no request failed outside the faults (${outside.length}: ${JSON.stringify(byStatus(outside))})`, outside.length === 0],
    [
      // A response the instance was already sending when it died cannot be retried (nginx passed its
      // headers on, then closes the client's connection: "upstream prematurely closed connection while
      // reading upstream" in its error log): the issue's "requests in flight on the killed instance".
      `kill-instance: no request failed except responses cut mid-body by the kill (${inFault('kill-instance').length} failed: ${JSON.stringify(byStatus(inFault('kill-instance')))})`,
      faults.some((f) => f.fault === 'kill-instance') && inFault('kill-instance').every((e) => e.truncated || e.outcome === 'error'),
    ],
    [
      `restart-postgres: failed requests are 503s with Retry-After only (${postgres.length} failed: ${JSON.stringify(byStatus(postgres))})`,
      faults.some((f) => f.fault === 'restart-postgres') && postgres.every((e) => e.status === 503 && e.retryAfter),
    ],
    ['import: no request failed', faults.some((f) => f.fault === 'import') && inFault('import').length === 0],
    [`no response carried a stack trace (${events.filter((e) => e.stackTrace).length})`, events.every((e) => !e.stackTrace)],
    [
      `no response mixed dataset versions (${versionRecords(events).size} version(s) seen${mixed.length ? `; mixed: ${mixed.map(([v, c]) => `${v.slice(0, 12)} with ${[...c].join(' and ')} records`).join(', ')}` : ''})`,
      mixed.length === 0,
    ],
  ];
  return {
    result: { requests: events.length, failed: failures.length, shed: events.filter((e) => e.shed).length, faults: results },
    goals,
  };
}
