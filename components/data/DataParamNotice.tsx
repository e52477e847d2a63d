'use client';
// Tells the reader of /data which parameters of the address the chart and the filters could not use
// (parcoordsParamCorrections: a colour axis that does not exist, a range bound that is not a number),
// what is shown instead and why, instead of silently showing something else. Reads the live address.
import { useSearchParams } from 'next/navigation';
import { useMemo } from 'react';
import { parcoordsParamCorrections } from '@/components/parcoords/parcoordsParams';

export function DataParamNotice() {
  const query = useSearchParams();
  const corrections = useMemo(() => parcoordsParamCorrections(new URLSearchParams(query.toString())), [query]);
  if (corrections.length === 0) return null;
  return (
    <section
      role="status"
      data-testid="data-corrections"
      className="space-y-1 rounded-lg border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950"
    >
      <h2 className="font-semibold">
        {corrections.length === 1
          ? 'One setting in this address was not used'
          : `${corrections.length} settings in this address were not used`}
      </h2>
      <ul className="space-y-1">
        {corrections.map((c) => (
          <li key={c.param} data-param={c.param} className="break-words">
            <code className="font-mono">
              {c.param}={c.given}
            </code>{' '}
            → <strong>{c.used}</strong>. {c.why}
          </li>
        ))}
      </ul>
    </section>
  );
}
