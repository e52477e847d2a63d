// /api-docs — the REST API's reference, rendered in the browser from /api/openapi.json (the document the
// server generates from its zod schemas) by Scalar, with a request runner for every operation.
import type { Metadata } from 'next';
import { ApiReference } from '@/components/api/ApiReference';

export const metadata: Metadata = { title: 'API reference' };

export default function ApiDocsPage() {
  return (
    <div className="space-y-6">
      <header className="space-y-3">
        <h1 className="text-3xl font-bold tracking-tight">API reference</h1>
        <p className="max-w-3xl text-muted">
          Every REST operation of this server with its parameters, response schemas and errors, from{' '}
          <a className="text-accent underline" href="/api/openapi.json">
            /api/openapi.json
          </a>{' '}
          (OpenAPI 3.1). &ldquo;Test Request&rdquo; sends a real request to this server. The same data is served to the views over tRPC.
        </p>
      </header>
      <ApiReference />
    </div>
  );
}
