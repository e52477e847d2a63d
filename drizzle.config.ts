// drizzle-kit configuration: `npm run db:generate` diffs server/db/schema.ts against the committed
// migrations and writes the next one; the app applies them at open (server/db/openDatabase.ts).
import { defineConfig } from 'drizzle-kit';

export default defineConfig({
  dialect: 'postgresql',
  schema: './server/db/schema.ts',
  out: './server/db/migrations',
  strict: true,
  verbose: true,
});
