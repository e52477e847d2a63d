// nginx's access log in the `anb` format (deploy/nginx/anb-http.conf) as data: which instances each
// request was tried on, so test:scale counts retries and each instance's share from nginx's own record.

export interface AccessEntry {
  /** When nginx finished the request, ms since the epoch ($msec). */
  atMs: number;
  method: string;
  uri: string;
  /** What the client got. */
  status: number;
  /** Every instance tried, in order ($upstream_addr); empty when none was (nginx answered itself). */
  upstreams: string[];
  /** Each try's status ($upstream_status): a number, or null where the try got no response (refused, reset, timed out). */
  upstreamStatuses: (number | null)[];
}

// '$remote_addr [$time_iso8601] $msec "$request_method $request_uri" $status $body_bytes_sent $request_time "$upstream_addr" "$upstream_status" "$upstream_response_time"'
const LINE = /^\S+ \[[^\]]*\] (\d+\.\d+) "(\S+) ([^"]*)" (\d{3}) \d+ [\d.]+ "([^"]*)" "([^"]*)" "[^"]*"$/;

/** `a, b : c` → [a, b, c]: commas separate tries, " : " a change of upstream group (an internal redirect). */
const list = (field: string) =>
  field === '-' || field === ''
    ? []
    : field
        .split(/, | : /)
        .map((s) => s.trim())
        .filter((s) => s !== '-' && s !== '');

/** One line, or null when it is not in the `anb` format. */
export function parseAccessLine(line: string): AccessEntry | null {
  const m = LINE.exec(line.trim());
  if (!m) return null;
  const statuses = m[6] === '-' ? [] : m[6].split(/, | : /).map((s) => (/^\d{3}$/.test(s.trim()) ? Number(s.trim()) : null));
  return {
    atMs: Math.round(Number(m[1]) * 1000),
    method: m[2],
    uri: m[3],
    status: Number(m[4]),
    upstreams: list(m[5]),
    upstreamStatuses: statuses,
  };
}

/** The lines of a log file's text that parse; `skipped` counts the others (there should be none). */
export function parseAccessLog(text: string): { entries: AccessEntry[]; skipped: number } {
  const entries: AccessEntry[] = [];
  let skipped = 0;
  for (const line of text.split('\n')) {
    if (line.trim() === '') continue;
    const e = parseAccessLine(line);
    if (e) entries.push(e);
    else skipped++;
  }
  return { entries, skipped };
}

/** Tried on more than one instance: the first try failed and nginx retried it (proxy_next_upstream). */
export const wasRetried = (e: AccessEntry): boolean => e.upstreams.length > 1;

/** The instance whose response the client got: the last one tried, when it answered. */
export function servedBy(e: AccessEntry): string | null {
  const last = e.upstreamStatuses.at(-1);
  return last !== undefined && last !== null && e.upstreams.length > 0 ? e.upstreams[e.upstreams.length - 1] : null;
}
