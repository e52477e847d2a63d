'use client';
// After Save (#12): the delete token, shown this once (the server keeps only its hash), with a copy
// button, and where to use the new device.
import Link from 'next/link';
import { useState } from 'react';
import type { SavedDevice } from './MeasuredProfile';

export function SavedDeviceNotice({ device, onAnother }: { device: SavedDevice; onAnother: () => void }) {
  const [copied, setCopied] = useState<'yes' | 'failed' | null>(null);
  return (
    <section aria-labelledby="saved" className="space-y-3 rounded-lg border border-emerald-300 bg-white p-4" data-testid="profile-saved">
      <h2 id="saved" className="text-xl font-semibold">
        Saved: {device.name}
      </h2>
      {device.deleteToken ? (
        <div className="space-y-2 rounded border border-amber-300 bg-amber-50 p-3 text-amber-950">
          <p className="font-semibold">Copy the delete token now: it is the only way to delete this profile, and it is not shown again.</p>
          <div className="flex flex-wrap items-center gap-2">
            <code className="break-all rounded bg-white px-2 py-1 font-mono text-sm" data-testid="delete-token">
              {device.deleteToken}
            </code>
            <button
              type="button"
              className="rounded border border-amber-400 bg-white px-3 py-1 text-sm font-medium"
              onClick={() =>
                navigator.clipboard
                  .writeText(device.deleteToken!)
                  .then(() => setCopied('yes'))
                  .catch(() => setCopied('failed'))
              }
            >
              Copy token
            </button>
            <span role="status" className="text-sm">
              {copied === 'yes' ? 'Copied.' : copied === 'failed' ? 'The browser refused; select the token and copy it.' : ''}
            </span>
          </div>
        </div>
      ) : (
        <p>This exact profile was stored before; its delete token went to whoever stored it first.</p>
      )}
      <ul className="list-disc space-y-1 pl-6">
        <li>
          <Link className="text-accent underline" href={`/devices/${device.id}`} data-testid="saved-device-link">
            The device&apos;s page ({device.id})
          </Link>
        </li>
        {device.metrics.map((m) => (
          <li key={m}>
            <Link className="text-accent underline" href={`/pareto?metric=${m}`}>
              Use {m.endsWith('.latency') ? 'its latency' : 'its throughput'} in the Pareto explorer
            </Link>
          </li>
        ))}
      </ul>
      <button type="button" className="rounded border border-slate-300 bg-white px-4 py-2 text-sm font-medium" onClick={onAnother}>
        Profile again
      </button>
    </section>
  );
}
