'use client';
// Tells the reader of /search which parameters of the address the race could not use as given, what it
// uses instead and why (raceParamCorrections), instead of silently racing something else. Reads the
// live address, so it follows the form's "Run race" and the back button.
import { useSearchParams } from 'next/navigation';
import { useMemo } from 'react';
import { raceParamCorrections } from '@/lib/url/raceParamCorrections';

export function RaceParamNotice() {
  const query = useSearchParams();
  const corrections = useMemo(() => raceParamCorrections(new URLSearchParams(query.toString())), [query]);
  if (corrections.length === 0) return null;
  return (
    <section
      aria-labelledby="race-corrections-heading"
      data-testid="race-corrections"
      className="space-y-2 rounded-lg border border-amber-300 bg-amber-50 p-4 text-sm text-amber-950"
    >
      <h2 id="race-corrections-heading" className="font-semibold">
        {corrections.length === 1
          ? 'One setting in this address was changed'
          : `${corrections.length} settings in this address were changed`}
      </h2>
      <ul className="space-y-1">
        {corrections.map((c) => (
          <li key={c.param} data-testid="race-correction" data-param={c.param} className="break-words">
            <code className="font-mono">
              {c.param}={c.given}
            </code>{' '}
            → <strong>{c.used}</strong>. {c.why}
          </li>
        ))}
      </ul>
      <p>The race below uses the values after the arrows. Run it from the form for a link that says so.</p>
    </section>
  );
}
