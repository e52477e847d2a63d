'use client';
// Tells the reader of /search which parameters of the address the race could not use as given
// (raceParamCorrections). Reads the live address, so it follows the form's "Run race" and the back button.
import { useSearchParams } from 'next/navigation';
import { useMemo } from 'react';
import { ParamNotice } from '@/components/ui/ParamNotice';
import { raceParamCorrections } from '@/lib/url/raceParamCorrections';

export function RaceParamNotice() {
  const query = useSearchParams();
  const corrections = useMemo(() => raceParamCorrections(new URLSearchParams(query.toString())), [query]);
  return (
    <ParamNotice
      corrections={corrections}
      verb="changed"
      testId="race-corrections"
      itemTestId="race-correction"
      footer="The race below uses the values after the arrows. Run it from the form for a link that says so."
    />
  );
}
