// `npx tsx scripts/syntheticDeviceProfile.ts --name NAME [--seed S] [--noise N] [--predict CODE,CODE]`:
// prints a synthetic device profile (core/profile/syntheticProfile.ts: a device whose networks take
// 2 ms + 1.5 × Σ kernels, ± noise) as JSON, ready for POST /api/v1/devices as {origin:'cli', profile},
// and with --predict the fitted profile's latency prediction (mean, std) for each code — what every view
// must show for that device. For trying the device views without minutes of timing, and for the e2e
// journeys, which reach core/ only through a process like this one. Exit 2 on bad flags.
import { parseArgs } from 'node:util';
import { fitDeviceProfile, predictProfiled } from '@/core/profile/fitDeviceProfile';
import { syntheticProfile } from '@/core/profile/syntheticProfile';
import { parseArchitectureCode } from '@/core/space/architectureCode';

const USAGE = 'usage: npx tsx scripts/syntheticDeviceProfile.ts --name NAME [--seed 1] [--noise 0.03] [--predict CODE,CODE]';

function fail(message: string): never {
  console.error(`syntheticDeviceProfile: ${message}\n${USAGE}`);
  process.exit(2);
}

let values;
try {
  ({ values } = parseArgs({
    strict: true,
    options: { name: { type: 'string' }, seed: { type: 'string' }, noise: { type: 'string' }, predict: { type: 'string' } },
  }));
} catch (e) {
  fail((e as Error).message);
}
if (!values.name) fail('--name is required');
const seed = Number(values.seed ?? '1');
if (!Number.isInteger(seed) || seed < 1 || seed > 2 ** 31 - 1)
  fail(`--seed "${values.seed}" is not allowed; allowed: a whole number 1–2147483647`);
const noise = Number(values.noise ?? '0.03');
if (!(noise >= 0 && noise < 0.5)) fail(`--noise "${values.noise}" is not allowed; allowed: a number from 0 to below 0.5`);

const profile = syntheticProfile({ name: values.name, seed, noise });
const [fit] = fitDeviceProfile(profile).fits;
const predictions: Record<string, { mean: number; std: number }> = {};
for (const code of values.predict ? values.predict.split(',') : []) {
  const arch = parseArchitectureCode(code);
  if (!arch.ok) fail(`--predict: ${code} is not an architecture code (${arch.error.message})`);
  predictions[code] = predictProfiled(fit, arch.value);
}
console.log(JSON.stringify({ profile, predictions }));
