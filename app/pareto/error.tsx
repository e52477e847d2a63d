'use client';
// /pareto failed on the server (e.g. no dataset imported yet): say what happened and offer a retry.
import { ViewError, type ErrorBoundaryProps } from '@/components/layout/ViewError';

export default function ParetoError(props: ErrorBoundaryProps) {
  return <ViewError title="The Pareto explorer could not be loaded" {...props} />;
}
