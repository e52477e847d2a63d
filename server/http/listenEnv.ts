// Where the production server listens: PORT and HOSTNAME from the environment. Read by
// scripts/start.ts (which reports a bad value and stops) and by scripts/serve.ts, the server it starts.
import { z } from 'zod';

export const listenEnvSchema = z.object({
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  HOSTNAME: z.string().default('0.0.0.0'),
});
