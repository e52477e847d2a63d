// How scripts and tests start the production server: the compiled bundle `npm run build` writes
// (scripts/buildServer.ts), run by plain node as `npm start` runs it, so what they measure and test is
// what a deployment runs.
import { existsSync } from 'node:fs';

export const SERVER_BUNDLE = '.next/anb-server/start.mjs';

/** node's arguments for the production server; throws with the fix when the build is missing. */
export function productionServerArgs(): string[] {
  if (!existsSync(SERVER_BUNDLE) || !existsSync('.next/BUILD_ID')) {
    throw new Error(`No production build (${SERVER_BUNDLE} or .next/BUILD_ID is missing): run \`npm run build\` first.`);
  }
  return ['--enable-source-maps', SERVER_BUNDLE];
}

/** The environment the server runs with: production mode as in package.json's start script. */
export const productionServerEnv = (extra: Record<string, string>): NodeJS.ProcessEnv => ({
  ...process.env,
  NODE_ENV: 'production',
  NEXT_TELEMETRY_DISABLED: '1',
  ...extra,
});
