// Which compression a client accepts for a JSON body, as Next.js negotiates it for the responses it
// answers (its bundled `compression` middleware: gzip, else deflate, never brotli; nothing under 1 KiB).
// Parsed here because the server answers the API's GET requests before Next (directApiHandler.ts).

/** Bodies below this many bytes are sent as they are (compression's default threshold). */
export const COMPRESSION_THRESHOLD_BYTES = 1024;

/** 'gzip' or 'deflate' when `acceptEncoding` allows it (q > 0, named or by `*`), gzip first; null for none. */
export function acceptedCompression(acceptEncoding: string | undefined): 'gzip' | 'deflate' | null {
  if (!acceptEncoding) return null;
  const q = new Map<string, number>();
  for (const part of acceptEncoding.split(',')) {
    const [name, ...params] = part.trim().toLowerCase().split(';');
    if (!name) continue;
    const qParam = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    const value = qParam ? Number(qParam.slice(2)) : 1;
    q.set(name, Number.isFinite(value) ? value : 0);
  }
  const accepts = (coding: string) => (q.get(coding) ?? q.get('*') ?? 0) > 0;
  return accepts('gzip') ? 'gzip' : accepts('deflate') ? 'deflate' : null;
}
