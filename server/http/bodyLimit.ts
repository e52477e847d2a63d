// Request bodies are read with a byte cap: a declared Content-Length over the cap is refused before
// anything is read, and a body that streams past it is cancelled at the first chunk over. Both are a
// 413 saying the size, the limit and what to send instead.
import { ServiceError } from '../services/serviceError';

/** 16 KiB: a search request is ~200 bytes; tRPC batches of the app's own calls stay far below it. */
export const MAX_BODY_BYTES = 16 * 1024;
/** 64 KiB: a device profile with latency and throughput is ~20–40 KiB (168 kernels and ~70 networks each). */
export const MAX_DEVICE_BODY_BYTES = 64 * 1024;

function tooLarge(what: string, limit: number): ServiceError {
  return new ServiceError(
    'payload_too_large',
    `Request body ${what}; the limit is ${limit} bytes (${limit / 1024} KiB). Send only the documented fields (GET /api/openapi.json).`,
  );
}

/** The body as bytes, at most `limit` of them; throws ServiceError payload_too_large (a 413) beyond. */
export async function readBodyCapped(request: Request, limit = MAX_BODY_BYTES): Promise<Uint8Array<ArrayBuffer>> {
  const declared = request.headers.get('content-length');
  if (declared !== null && /^\d+$/.test(declared) && Number(declared) > limit)
    throw tooLarge(`is ${declared} bytes (Content-Length)`, limit);
  if (!request.body) return new Uint8Array(new ArrayBuffer(0));
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel().catch(() => {});
      throw tooLarge(`is over ${limit} bytes`, limit);
    }
    chunks.push(value);
  }
  const out = new Uint8Array(new ArrayBuffer(size));
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.byteLength;
  }
  return out;
}

/** A JSON body of at most `limit` bytes: 413 when larger, 400 naming the problem when not JSON. */
export async function readJsonBody(request: Request, limit = MAX_BODY_BYTES): Promise<unknown> {
  const type = request.headers.get('content-type') ?? '';
  if (!/^application\/json\b/i.test(type.trim())) {
    throw new ServiceError(
      'bad_request',
      `Content-Type is "${type.slice(0, 100)}"; send the body as JSON with Content-Type: application/json.`,
    );
  }
  const bytes = await readBodyCapped(request, limit);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new ServiceError('bad_request', 'Request body is not valid UTF-8; send JSON text encoded as UTF-8.');
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (e) {
    throw new ServiceError('bad_request', `Request body is not valid JSON (${(e as Error).message}); send one JSON object.`);
  }
}
