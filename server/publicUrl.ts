// The public origin of the app (PUBLIC_URL), used as Next's metadataBase so Open Graph and other
// absolute metadata URLs point at the address users reach, not at localhost behind a proxy.
// Unset: http://localhost:PORT (what Next itself would assume), right for a local instance only.
// The root layout (a server component) calls this: the one server module app/ pages import
// (eslint.config.mjs); server/env.ts takes the variable's rule from here for its start-up check.
import { z } from 'zod';

/** PUBLIC_URL: blank is unset; else an absolute http(s) URL, a path prefix allowed. */
export const publicUrlVariable = z.preprocess(
  (v) => (typeof v === 'string' && v.trim() === '' ? undefined : v),
  z
    .url({ protocol: /^https?$/, error: 'must be an absolute http(s) URL such as https://anb.example.org (a path prefix is allowed)' })
    .optional(),
);

const schema = z.object({
  PUBLIC_URL: publicUrlVariable,
  // Only names the default origin: a bad PORT is server/env.ts's to report (it stops `npm start`).
  PORT: z.coerce.number().int().min(1).max(65535).catch(3000),
});

/** The origin (and optional path prefix) metadata URLs are resolved against. Throws on a bad PUBLIC_URL. */
export function publicUrl(env: Record<string, string | undefined> = process.env): URL {
  const parsed = schema.safeParse({ PUBLIC_URL: env.PUBLIC_URL, PORT: env.PORT ?? 3000 });
  if (!parsed.success) throw new Error(`Invalid PUBLIC_URL: ${parsed.error.issues.map((i) => i.message).join('; ')}.`);
  return new URL(parsed.data.PUBLIC_URL ?? `http://localhost:${parsed.data.PORT}`);
}
