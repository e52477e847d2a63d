'use client';
// /compare failed on the server (e.g. no dataset imported yet): say what happened and offer a retry.
import { ViewError, type ErrorBoundaryProps } from '@/components/layout/ViewError';

export default function CompareError(props: ErrorBoundaryProps) {
  return <ViewError title="The accelerator comparison could not be loaded" {...props} />;
}
