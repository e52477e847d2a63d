'use client';
// Tells the reader of /data which parameters of the address the chart and the filters could not use
// (parcoordsParamCorrections: a colour axis that does not exist, a range bound that is not a number).
// Reads the live address.
import { useSearchParams } from 'next/navigation';
import { useMemo } from 'react';
import { parcoordsParamCorrections } from '@/components/parcoords/parcoordsParams';
import { ParamNotice } from '@/components/ui/ParamNotice';

export function DataParamNotice() {
  const query = useSearchParams();
  const corrections = useMemo(() => parcoordsParamCorrections(new URLSearchParams(query.toString())), [query]);
  return <ParamNotice corrections={corrections} verb="not used" testId="data-corrections" />;
}
