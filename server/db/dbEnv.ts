// The environment variables the database layer reads, parsed with zod (until server/env.ts owns them).
import { z } from 'zod';

const emptyAsUnset = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : v);

const dbEnvSchema = z.object({
  /** Postgres server to use instead of the embedded PGlite database. */
  DATABASE_URL: z.preprocess(
    emptyAsUnset,
    z
      .string()
      .regex(/^postgres(ql)?:\/\/\S+$/, 'must be a connection string starting with postgres:// or postgresql://, e.g. postgres://user:password@localhost:5432/anb')
      .optional(),
  ),
  /** Folder of the embedded PGlite database; relative paths start at the working directory. */
  ANB_DB_DIR: z.preprocess(emptyAsUnset, z.string().optional()),
});

export type DbEnv = z.infer<typeof dbEnvSchema>;

/** Parses the database variables; a bad value throws naming the variable and what is allowed. */
export function parseDbEnv(env: Record<string, string | undefined> = process.env): DbEnv {
  const parsed = dbEnvSchema.safeParse(env);
  if (parsed.success) return parsed.data;
  // The value itself is not echoed: a connection string may carry a password.
  const problems = parsed.error.issues.map((i) => `${i.path.join('.')} ${i.message}`);
  throw new Error(`Invalid database environment: ${problems.join('; ')}.`);
}
