// What /search did with each parameter of its address it could not use as given: what was given, what
// the race uses instead, and why, in the REST API's words ("budget is -3; allowed: an integer from 10
// to 20,000."). The page shows these instead of silently racing something else. "Used" comes from the
// same parsers the race reads (searchParams.ts), so the notice cannot describe a different race.
import { createLoader } from 'nuqs/server';
import { ACCURACY_NAMES } from '@/core/search/accuracyNames';
import { OPTIMIZER_IDS } from '@/core/search/optimizers';
import { DEVICE_METRIC_NAMES } from '@/core/targets';
import { parseDeviceMetric } from './parseAsDeviceMetric';
import { DEFAULT_OPTIMIZERS, RACE_LIMITS, searchParams } from './searchParams';

export interface ParamCorrection {
  param: string;
  /** The value in the address, as written. */
  given: string;
  /** What the race uses instead, and where that value comes from. */
  used: string;
  /** What is wrong and what is allowed. */
  why: string;
}

const load = createLoader(searchParams);
const number = (n: number) => n.toLocaleString('en-US', { maximumSignificantDigits: 8 });
const quoted = (values: readonly string[]) => values.map((v) => `"${v}"`).join(', ');

function optimizers(raw: string, used: readonly string[]): ParamCorrection | null {
  const items = raw.split(',').map((s) => s.trim());
  const unknown = [...new Set(items.filter((s) => !(OPTIMIZER_IDS as readonly string[]).includes(s)))];
  const repeated = [...new Set(items.filter((s, i) => items.indexOf(s) !== i && !unknown.includes(s)))];
  if (unknown.length === 0 && repeated.length === 0) return null;
  const allowed = `allowed values: ${OPTIMIZER_IDS.join(', ')} (comma-separated).`;
  const why =
    raw.trim() === ''
      ? `o is empty; ${allowed}`
      : unknown.length > 0
        ? `o contains ${quoted(unknown.map((u) => u || '(nothing between commas)'))}; ${allowed}`
        : `o lists ${quoted(repeated)} more than once; each optimizer races once.`;
  const isDefault = used.join(',') === DEFAULT_OPTIMIZERS.join(',') && !items.some((s) => (OPTIMIZER_IDS as readonly string[]).includes(s));
  return { param: 'o', given: raw, used: `${used.join(', ')}${isDefault ? ' (the default: no known optimizer was given)' : ''}`, why };
}

function integer(param: 'seeds' | 'budget', raw: string, used: number): ParamCorrection | null {
  const { min, max, default: fallback } = RACE_LIMITS[param];
  const range = `an integer from ${number(min)} to ${number(max)}`;
  if (!/^-?\d+$/.test(raw.trim()))
    return { param, given: raw, used: `${number(fallback)} (the default)`, why: `${param} is "${raw}"; expected ${range}.` };
  const n = Number(raw);
  if (n >= min && n <= max) return null;
  return { param, given: raw, used: `${number(used)} (the nearest allowed)`, why: `${param} is ${raw.trim()}; allowed: ${range}.` };
}

function literal(param: 'metric' | 'acc', raw: string, allowed: readonly string[], used: string, also = ''): ParamCorrection | null {
  if (allowed.includes(raw)) return null;
  return { param, given: raw, used: `${used} (the default)`, why: `${param} is "${raw}"; allowed values: ${allowed.join(', ')}${also}.` };
}

function optionalNumber(param: 'w' | 'target', raw: string, used: number | null, fallback: string): ParamCorrection | null {
  if (used !== null) return null;
  const n = Number(raw);
  const { min, max } = RACE_LIMITS[param];
  const why =
    raw.trim() === '' || !Number.isFinite(n)
      ? `${param} is "${raw}"; expected a number.`
      : `${param} is ${raw.trim()}; allowed: a number from ${number(min)} to ${number(max)}.`;
  return { param, given: raw, used: fallback, why };
}

export function raceParamCorrections(query: URLSearchParams): ParamCorrection[] {
  const used = load(query);
  const out: (ParamCorrection | null)[] = [];
  const raw = (key: string) => query.get(key);
  const o = raw('o');
  if (o !== null) out.push(optimizers(o, used.o));
  for (const param of ['seeds', 'budget'] as const) {
    const v = raw(param);
    if (v !== null) out.push(integer(param, v, used[param]));
  }
  const metric = raw('metric');
  // A profiled device's metric is well-formed here; whether the device exists the race panel says.
  if (metric !== null && parseDeviceMetric(metric) === null)
    out.push(literal('metric', metric, DEVICE_METRIC_NAMES, used.metric, ", or a profiled device's <profile id>.latency or .throughput"));
  const acc = raw('acc');
  if (acc !== null) out.push(literal('acc', acc, ACCURACY_NAMES, used.acc));
  const w = raw('w');
  if (w !== null) out.push(optionalNumber('w', w, used.w, "the metric's default (−0.07 or +0.07 by its direction)"));
  const target = raw('target');
  if (target !== null) out.push(optionalNumber('target', target, used.target, "the default: the dataset's median of the metric"));
  const dv = raw('dv');
  if (dv !== null && used.dv === null)
    out.push({ param: 'dv', given: dv, used: 'none: ignored', why: `dv is "${dv}"; expected a dataset version, 6–64 hex digits.` });
  const known = Object.keys(searchParams);
  for (const key of new Set(query.keys()))
    if (!known.includes(key))
      out.push({
        param: key,
        given: query.get(key) ?? '',
        used: 'none: ignored',
        why: `Unknown parameter "${key}"; allowed: ${known.join(', ')}.`,
      });
  return out.filter((c): c is ParamCorrection => c !== null);
}
