'use client';
// /arch/[code] failed on the server (e.g. no dataset imported yet): say what happened and offer a retry.
import Link from 'next/link';
import { ViewError, type ErrorBoundaryProps } from '@/components/layout/ViewError';

export default function ArchitectureError(props: ErrorBoundaryProps) {
  return (
    <ViewError title="This architecture could not be loaded" {...props}>
      <Link href="/pareto" className="self-center text-sm underline">
        Back to the Pareto explorer
      </Link>
    </ViewError>
  );
}
