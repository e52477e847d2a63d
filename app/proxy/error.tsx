'use client';
// /proxy failed on the server: say what happened and offer a retry.
import { ViewError, type ErrorBoundaryProps } from '@/components/layout/ViewError';

export default function ProxyError(props: ErrorBoundaryProps) {
  return <ViewError title="Proxy fidelity could not be loaded" {...props} />;
}
