// /api-docs — the REST API's reference from /api/openapi.json (the document the server generates from its
// zod schemas): the operations at a glance at once, and Scalar's reference with a request runner for every
// operation when the reader opens it (`?try=1`).
import type { Metadata } from 'next';
import { ApiOperations } from '@/components/api/ApiOperations';
import { ApiReferenceLoader } from '@/components/api/ApiReferenceLoader';

// Rendered per request: the reference's open state is in the URL (`?try=1`, read by ApiReferenceLoader).
export const dynamic = 'force-dynamic';
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
          (OpenAPI 3.1). In the interactive reference, &ldquo;Test Request&rdquo; sends a real request to this server. The same data is
          served to the views over tRPC.
        </p>
      </header>
      <ApiOperations />
      <ApiReferenceLoader />
    </div>
  );
}
