// Command-line flags of `npm run search`, parsed strictly: a bad flag is an error value naming the
// flag, the value and what is allowed, which the CLI prints with the usage.
import { parseArgs } from 'node:util';
import { err, ok, type Result } from '@/core/result';
import { ACCURACY_NAMES, type AccuracyName } from '@/core/search/accuracyNames';
import { OPTIMIZER_IDS, type OptimizerId } from '@/core/search/optimizers';
import { DEVICE_IDS, isDeviceId } from '@/core/devices';
import type { ProfileMetric } from '@/core/profile/deviceProfile';
import { isProfileId } from '@/core/profile/profiledMetric';
import { DEVICE_METRIC_NAMES, isDeviceMetricName, type DeviceMetricName } from '@/core/targets';

export const SEARCH_USAGE = `usage: npm run search -- --optimizer re --device vck190 [--metric throughput|latency] [--accuracy val_top1|val_top5]
                         --budget 1000 --seeds 1-5 [--w 0.07] [--target 400] [--out run.json] [--models public/models]
       npm run search -- --compare [--optimizer rs,re,reinforce] --budget 1000 --seeds 1-5 [--out build/search-compare.json]

  --optimizer  one or more of ${OPTIMIZER_IDS.join(', ')} (comma list)
  --device     one of ${DEVICE_IDS.join(', ')}, or a profiled device's id (u and 12 hex digits, as
               GET /api/v1/devices lists them; read from the database the server uses)
  --metric     throughput (every device) or latency (zcu102, vck190); default throughput, for a
               profiled device what it was profiled for (latency first)
  --accuracy   val_top1 (default) or val_top5
  --budget     surrogate evaluations per run, 1–100000
  --seeds      a range (1-5) or a comma list (1,2,7) of whole numbers, at most 100 seeds
  --w          MnasNet reward exponent; default +0.07 for throughput, −0.07 for latency
  --target     reward target in the metric's unit; default the dataset's median of the metric
  --compare    every device metric (8) at once; RS is always included as the baseline
  --out        write the runs as JSON (and, with --compare, the table next to it as .md)`;

export const MAX_BUDGET = 100_000;
const MAX_SEEDS = 100;

export interface SearchArgs {
  help: boolean;
  compare: boolean;
  optimizers: OptimizerId[];
  metrics: DeviceMetricName[];
  /** `--device <profile id>`: a profiled device (#12), `metrics` then empty; null metric = the profile's first. */
  profile?: { id: string; metric: ProfileMetric | null };
  accuracy: AccuracyName;
  budget: number;
  seeds: number[];
  w?: number;
  target?: number;
  out?: string;
  models: string;
}

const bad = (message: string) => err({ code: 'bad_flag', message });

function parseSeeds(text: string): Result<number[], { code: string; message: string }> {
  const range = /^(\d+)-(\d+)$/.exec(text);
  let seeds: number[];
  if (range) {
    const [a, b] = [Number(range[1]), Number(range[2])];
    if (b < a) return bad(`--seeds ${text}: the range must not run backwards`);
    seeds = Array.from({ length: Math.min(b - a + 1, MAX_SEEDS + 1) }, (_, i) => a + i);
  } else if (/^\d+(,\d+)*$/.test(text)) {
    seeds = text.split(',').map(Number);
  } else return bad(`--seeds "${text}" is not a range (1-5) or a comma list of whole numbers (1,2,7)`);
  if (seeds.length > MAX_SEEDS) return bad(`--seeds ${text}: at most ${MAX_SEEDS} seeds`);
  if (seeds.some((s) => s > 0xffffffff)) return bad(`--seeds ${text}: seeds must be below 2^32`);
  return ok([...new Set(seeds)]);
}

function parseNumber(flag: string, text: string | undefined, check: (n: number) => boolean, allowed: string) {
  if (text === undefined) return ok(undefined);
  const n = Number(text);
  if (text.trim() === '' || !Number.isFinite(n) || !check(n)) return bad(`--${flag} "${text}" is not allowed; allowed: ${allowed}`);
  return ok(n);
}

export function parseSearchArgs(argv: string[]): Result<SearchArgs, { code: string; message: string }> {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      strict: true,
      allowPositionals: false,
      options: {
        optimizer: { type: 'string' },
        device: { type: 'string' },
        metric: { type: 'string' },
        accuracy: { type: 'string' },
        budget: { type: 'string' },
        seeds: { type: 'string' },
        w: { type: 'string' },
        target: { type: 'string' },
        out: { type: 'string' },
        models: { type: 'string' },
        compare: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    }));
  } catch (e) {
    return bad((e as Error).message);
  }
  const help = values.help ?? false;
  const compare = values.compare ?? false;
  if (help) return ok({ help, compare, optimizers: [], metrics: [], accuracy: 'val_top1', budget: 0, seeds: [], models: 'public/models' });

  const optimizerText = values.optimizer ?? (compare ? 'rs,re,reinforce' : undefined);
  if (optimizerText === undefined) return bad(`--optimizer is required; allowed: ${OPTIMIZER_IDS.join(', ')}`);
  const optimizers: OptimizerId[] = [];
  for (const o of optimizerText.split(',')) {
    if (!(OPTIMIZER_IDS as string[]).includes(o)) return bad(`--optimizer "${o}" is unknown; allowed: ${OPTIMIZER_IDS.join(', ')}`);
    if (!optimizers.includes(o as OptimizerId)) optimizers.push(o as OptimizerId);
  }
  if (compare && !optimizers.includes('rs')) optimizers.unshift('rs');

  let metrics: DeviceMetricName[] = [];
  let profile: SearchArgs['profile'];
  if (compare) {
    if (values.device !== undefined || values.metric !== undefined)
      return bad('--compare runs every device metric; leave out --device and --metric');
    metrics = [...DEVICE_METRIC_NAMES];
  } else {
    const device = values.device;
    const allowedDevices = `${DEVICE_IDS.join(', ')}, or a profiled device's id (u and 12 lowercase hex digits, e.g. u3fa9c2d1e0ab)`;
    if (device === undefined) return bad(`--device is required; allowed: ${allowedDevices}`);
    const kind = values.metric;
    if (kind !== undefined && kind !== 'throughput' && kind !== 'latency')
      return bad(`--metric "${kind}" is unknown; allowed: throughput, latency`);
    if (isProfileId(device)) profile = { id: device, metric: kind ?? null };
    else {
      if (!isDeviceId(device)) return bad(`--device "${device}" is unknown; allowed: ${allowedDevices}`);
      const name = `${kind ?? 'throughput'}_${device}`;
      if (!isDeviceMetricName(name)) return bad(`--metric latency is measured only on zcu102 and vck190, not on ${device}`);
      metrics = [name];
    }
  }

  const accuracy = values.accuracy ?? 'val_top1';
  if (!(ACCURACY_NAMES as readonly string[]).includes(accuracy))
    return bad(`--accuracy "${accuracy}" is unknown; allowed: ${ACCURACY_NAMES.join(', ')}`);

  if (values.budget === undefined) return bad(`--budget is required; allowed: a whole number 1–${MAX_BUDGET}`);
  const budget = parseNumber(
    'budget',
    values.budget,
    (n) => Number.isInteger(n) && n >= 1 && n <= MAX_BUDGET,
    `a whole number 1–${MAX_BUDGET}`,
  );
  if (!budget.ok) return budget;
  const seeds = parseSeeds(values.seeds ?? '1');
  if (!seeds.ok) return seeds;
  const w = parseNumber('w', values.w, (n) => Math.abs(n) <= 10, 'a number from −10 to 10');
  if (!w.ok) return w;
  const target = parseNumber('target', values.target, (n) => n > 0, 'a positive number in the metric’s unit');
  if (!target.ok) return target;
  if (compare && (w.value !== undefined || target.value !== undefined))
    return bad('--compare uses each metric’s default reward; leave out --w and --target');

  return ok({
    help,
    compare,
    optimizers,
    metrics,
    ...(profile ? { profile } : {}),
    accuracy: accuracy as AccuracyName,
    budget: budget.value as number,
    seeds: seeds.value,
    w: w.value,
    target: target.value,
    out: values.out,
    models: values.models ?? 'public/models',
  });
}
