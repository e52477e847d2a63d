// The public origin of the app (PUBLIC_URL), used as Next's metadataBase so Open Graph and other
// absolute metadata URLs point at the address users reach, not at localhost behind a proxy.
// Unset: http://localhost:PORT (what Next itself would assume), right for a local instance only.
import { z } from 'zod';

const schema = z.object({
  PUBLIC_URL: z.preprocess(
    (v) => (typeof v === 'string' && v.trim() === '' ? undefined : v),
    z
      .url({ protocol: /^https?$/, error: 'must be an absolute http(s) URL such as https://anb.example.org (a path prefix is allowed)' })
      .optional(),
  ),
  PORT: z.coerce.number().int().min(1).max(65535).catch(3000),
});

/** The origin (and optional path prefix) metadata URLs are resolved against. Throws on a bad PUBLIC_URL. */
export function publicUrl(env: Record<string, string | undefined> = process.env): URL {
  const parsed = schema.safeParse({ PUBLIC_URL: env.PUBLIC_URL, PORT: env.PORT ?? 3000 });
  if (!parsed.success) throw new Error(`Invalid PUBLIC_URL: ${parsed.error.issues.map((i) => i.message).join('; ')}.`);
  return new URL(parsed.data.PUBLIC_URL ?? `http://localhost:${parsed.data.PORT}`);
}
