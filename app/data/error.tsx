'use client';
// /data failed on the server: say what happened and offer a retry.
import { ViewError, type ErrorBoundaryProps } from '@/components/layout/ViewError';

export default function DataError(props: ErrorBoundaryProps) {
  return <ViewError title="The dataset table could not be loaded" {...props} />;
}
