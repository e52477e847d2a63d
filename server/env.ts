// Every environment variable the server and its command-line scripts read, in one zod schema: parseEnv()
// checks them all and names each bad one, its value and what is allowed; `env` is the typed result.
// No 'server-only': the CLIs in scripts/ run outside Next (where that import throws) and read their
// settings here too. Client code cannot import it (eslint: no server/ from app/, components/, lib/,
// workers/); the browser would see only NEXT_PUBLIC_* variables, and the app has none.
//
// Not in the schema: NODE_ENV is Next's (it sets it and inlines process.env.NODE_ENV at build time, which
// is how proxy.ts reads it; scripts/serve.ts sets it before Next loads), and a value Next tolerates
// should not stop the server here. next.config.mjs reads no variable (and, being .mjs, could not import
// this file). Test and tooling knobs stay where they are read: FUZZ_SEED (server/rest/apiFuzz.test.ts),
// E2E_PORT and CHROMIUM_PATH (playwright.config.ts, scripts/ensureChromium.ts).
import { z } from 'zod';
import { parseTrustedProxies } from '@/server/http/clientAddress';
import { publicUrlVariable } from '@/server/publicUrl';

/** Blank counts as unset: `DATABASE_URL= npm start` means "no Postgres server", not "an empty one". */
const emptyAsUnset = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : v);

const optionalText = z.preprocess(emptyAsUnset, z.string().optional());
const postgresUrl = z.preprocess(
  emptyAsUnset,
  z
    .string()
    .regex(
      /^postgres(ql)?:\/\/\S+$/,
      'must be a connection string starting with postgres:// or postgresql://, e.g. postgres://user:password@localhost:5432/anb',
    )
    .optional(),
);
const PORT_RULE = 'must be an integer from 1 to 65535';

export const envSchema = z.object({
  /** The Accel-NASBench folder; unset: ./data/accel-nasbench, else ../shared/accel-nasbench (server/dataset/resolveDataDir.ts). */
  ANB_DATA_DIR: optionalText,
  /** Folder of the embedded PGlite database, or memory://; relative paths start at the working directory. Unset: build/pglite. */
  ANB_DB_DIR: optionalText,
  /** Folder of the trained surrogate (manifest.json and its ONNX file) the server predicts with. Unset: public/models. */
  ANB_MODEL_DIR: optionalText,
  /** Postgres server to use instead of the embedded PGlite database. */
  DATABASE_URL: postgresUrl,
  /** Postgres server on which each test file creates and drops a scratch database (npm run test:postgres sets it). */
  ANB_TEST_DATABASE_URL: postgresUrl,
  /** Port of the production server (scripts/start.ts, scripts/serve.ts). */
  PORT: z.coerce
    .number({ error: PORT_RULE })
    .int({ error: PORT_RULE })
    .min(1, { error: PORT_RULE })
    .max(65535, { error: PORT_RULE })
    .default(3000),
  /** Address it listens on: every interface unless told otherwise. */
  HOSTNAME: z.string().default('0.0.0.0'),
  /** Queue wait (ms) after which the production server answers 503 + Retry-After instead (server/http/turnScheduler.ts). */
  ANB_MAX_QUEUE_WAIT_MS: z.preprocess(
    emptyAsUnset,
    z.coerce
      .number({ error: 'must be a number of milliseconds from 100 to 600000' })
      .int({ error: 'must be a whole number of milliseconds' })
      .min(100, { error: 'must be at least 100 ms (shorter sheds requests a healthy instance would serve)' })
      .max(600_000, { error: 'must be at most 600000 ms (10 minutes)' })
      .optional(),
  ),
  /**
   * Requests the production server starts per event-loop turn (server/http/turnScheduler.ts; default 16,
   * chosen by measurement, README "Accepting connections under load"). A setting to re-measure that
   * choice on other hardware, not a tuning knob to guess at.
   */
  ANB_REQUESTS_PER_TURN: z.preprocess(
    emptyAsUnset,
    z.coerce
      .number({ error: 'must be a whole number of requests from 1 to 1024' })
      .int({ error: 'must be a whole number of requests' })
      .min(1, { error: 'must be at least 1 (a turn that starts nothing never serves)' })
      .max(1024, { error: 'must be at most 1024' })
      .optional(),
  ),
  /**
   * Load balancers whose X-Forwarded-For the production server believes (addresses or CIDR ranges,
   * comma-separated; server/http/clientAddress.ts). Unset: none, the connection's peer is the client.
   */
  ANB_TRUSTED_PROXIES: z.preprocess(
    emptyAsUnset,
    z
      .string()
      .superRefine((value, ctx) => {
        try {
          parseTrustedProxies(value);
        } catch (e) {
          ctx.addIssue({ code: 'custom', message: `must list IP addresses or CIDR ranges: ${(e as Error).message}` });
        }
      })
      .optional(),
  ),
  /** The address users reach the app at, for absolute metadata URLs (server/publicUrl.ts). */
  PUBLIC_URL: publicUrlVariable,
});

export type Env = z.infer<typeof envSchema>;
export type EnvSource = Record<string, string | undefined>;

/** Connection strings may carry a password: their values are never echoed. */
const SECRET: ReadonlySet<string> = new Set(['DATABASE_URL', 'ANB_TEST_DATABASE_URL']);

/** Parses `source` (default: process.env); a bad value throws naming the variable, its value and what is allowed. */
export function parseEnv(source: EnvSource = process.env): Env {
  const parsed = envSchema.safeParse(source);
  if (parsed.success) return parsed.data;
  const problems = new Set(
    parsed.error.issues.map((issue) => {
      const name = String(issue.path[0]);
      return SECRET.has(name) ? `${name} ${issue.message}` : `${name} ${issue.message}, not ${JSON.stringify(source[name])}`;
    }),
  );
  throw new Error(`Invalid environment: ${[...problems].join('; ')}.`);
}

/**
 * The process's environment, typed. Each property read parses that one variable as process.env holds it
 * at that moment, rather than everything once at import: tests change variables after importing the
 * code under test (getDb.test.ts moves ANB_DATA_DIR between two calls; the REST tests point the app's
 * database at memory://), and a reader fails only on the variable it needs, as before this module.
 * The server reads it when it opens the database or loads the model, never on a hot path. The check
 * of every variable at start-up is scripts/start.ts's parseEnv().
 */
export const env: Readonly<Env> = Object.defineProperties(
  {},
  Object.fromEntries(
    Object.keys(envSchema.shape).map((name) => [
      name,
      { enumerable: true, get: () => parseEnv({ [name]: process.env[name] })[name as keyof Env] },
    ]),
  ),
) as Env;
