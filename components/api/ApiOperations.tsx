'use client';
// The REST operations at a glance, read from /api/openapi.json (the document the server generates from
// its zod schemas): per tag, each operation's method, path and summary. It paints in a fraction of a
// second; Scalar's interactive reference (ApiReferenceLoader) is a 1.4 MB bundle with ~1.7 s of
// main-thread work and loads only when asked for.
import { useQuery } from '@tanstack/react-query';
import { groupOperations } from './groupOperations';

export function ApiOperations() {
  const doc = useQuery({
    queryKey: ['openapi-operations'],
    staleTime: Infinity,
    queryFn: async () => {
      const res = await fetch('/api/openapi.json');
      if (!res.ok) throw new Error(`/api/openapi.json answered HTTP ${res.status}.`);
      return groupOperations(await res.json());
    },
  });
  if (doc.isError)
    return (
      <p role="alert" className="rounded border border-red-300 bg-red-50 p-3 text-sm text-red-800">
        Could not read the operations: {doc.error.message} The document itself is at{' '}
        <a className="underline" href="/api/openapi.json">
          /api/openapi.json
        </a>
        .
      </p>
    );
  if (!doc.data) return <div className="min-h-[32rem] animate-pulse rounded border border-slate-200 bg-white" aria-busy="true" />;
  return (
    <section aria-labelledby="operations-heading" className="space-y-4" data-testid="api-operations">
      <h2 id="operations-heading" className="text-xl font-semibold">
        Operations{' '}
        <span className="text-sm font-normal text-muted">
          ({doc.data.title} {doc.data.version}, OpenAPI {doc.data.openapi})
        </span>
      </h2>
      <div className="grid gap-4 lg:grid-cols-2">
        {doc.data.groups.map((g) => (
          <div key={g.tag} className="min-w-0 rounded border border-slate-200 bg-white p-3">
            <h3 className="font-semibold">{g.tag}</h3>
            <p className="mb-2 text-xs text-muted">{g.description}</p>
            <ul className="space-y-1.5 text-sm">
              {g.operations.map((op) => (
                <li key={`${op.method} ${op.path}`} className="flex flex-wrap items-baseline gap-x-2" data-testid="api-operation">
                  <span className="w-12 shrink-0 font-mono text-xs font-semibold uppercase text-accent">{op.method}</span>
                  <code className="break-all text-xs">{op.path}</code>
                  <span className="basis-full pl-14 text-muted">{op.summary}</span>
                </li>
              ))}
            </ul>
          </div>
        ))}
      </div>
    </section>
  );
}
