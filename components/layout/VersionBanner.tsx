// Which dataset version the page shows, and — when a permalink was made on another version — that it
// differs and what changed between the two (or that the old one is unknown here and cannot be compared).
// A server component: it asks the server caller about the link's `dv` itself.
import { serverCaller } from '@/lib/trpc/serverCaller';

export interface VersionBannerProps {
  /** The link's `dv` (a version hash prefix), null when the URL has none. */
  dv: string | null;
}

const short = (hash: string) => hash.slice(0, 12);
const day = (iso: string) => iso.slice(0, 10);
const n = (v: number) => v.toLocaleString('en-US');

export async function VersionBanner({ dv }: VersionBannerProps) {
  const api = await serverCaller();
  const stats = await api.architectures.stats();
  const link = dv ? await api.compare.datasetVersion({ dv }) : null;
  const current = link?.current ?? { hash: stats.version, importedAt: stats.importedAt, counts: { records: stats.records } };
  if (!link || link.status === 'current') {
    return (
      <p className="text-xs text-muted" data-testid="version-banner" data-status={link ? 'current' : 'none'}>
        Dataset version <code className="font-mono">{short(current.hash)}</code> ({n(current.counts.records)} records, imported{' '}
        {day(current.importedAt)}){link ? ' — the version this link was made on.' : '.'}
      </p>
    );
  }
  return (
    <div
      role="status"
      className="rounded-lg border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950"
      data-testid="version-banner"
      data-status={link.status}
    >
      <p className="font-medium">
        This link was made on dataset version <code className="font-mono">{link.dv}</code>; the server now has{' '}
        <code className="font-mono">{short(current.hash)}</code> (imported {day(current.importedAt)}), so the numbers may differ from what
        was shared.
      </p>
      {link.status === 'older' && link.linked && (
        <div className="mt-1">
          {link.changes.length === 0 ? (
            <p>
              Version {short(link.linked.hash)} (imported {day(link.linked.importedAt)}) has the same counts; the measured values themselves
              may still differ.
            </p>
          ) : (
            <>
              <p>
                What changed since {short(link.linked.hash)} (imported {day(link.linked.importedAt)}):
              </p>
              <ul className="list-disc pl-5">
                {link.changes.map((c) => (
                  <li key={c.what}>
                    {c.what}: {n(c.from)} → {n(c.to)}
                  </li>
                ))}
              </ul>
            </>
          )}
        </div>
      )}
      {link.status === 'unknown' && (
        <p className="mt-1">That version was never imported on this server, so it cannot be compared with the current one.</p>
      )}
      {link.status === 'ambiguous' && (
        <p className="mt-1">
          More than one imported version starts with {link.dv}; the link is too short to tell which, so it cannot be compared.
        </p>
      )}
    </div>
  );
}
