'use client';
// The invalid-code explanation for /arch/[code]'s not-found boundary, which gets no props: the reason
// is read again from the path with the parser the page used (parsePathCode), so the page's verdict and
// this message cannot disagree.
import { useParams } from 'next/navigation';
import { formatArchitectureCode } from '@/core/space/architectureCode';
import { EFFICIENTNET_B0 } from '@/core/space/searchSpace';
import { InvalidArchitecture } from './InvalidArchitecture';
import { parsePathCode } from './parsePathCode';

export function InvalidArchitectureFromPath() {
  const { code = '' } = useParams<{ code: string }>();
  const { raw, result } = parsePathCode(code);
  return (
    <InvalidArchitecture
      code={raw}
      // The page calls notFound() only for a code that does not parse; say something true otherwise.
      message={result.ok ? 'No architecture could be shown for this code.' : result.error.message}
      example={formatArchitectureCode(EFFICIENTNET_B0)}
    />
  );
}
