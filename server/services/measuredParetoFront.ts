// The measured Pareto front of accuracy against one device metric (throughput: more is better;
// latency: less is better), over the records where both values were measured.
import 'server-only';
import { z } from 'zod';
import { paretoFront } from '@/core/metrics/paretoFront';
import { DEVICE_METRIC_NAMES, target } from '@/core/targets';
import type { Database } from '../db/openDatabase';
import { getSnapshot, memo } from './datasetSnapshot';
import { metricValue } from './metricValue';

export const measuredParetoInput = z.strictObject({
  metric: z.enum(DEVICE_METRIC_NAMES),
  accuracy: z.enum(['val_top1', 'val_top5']).default('val_top1'),
});
export type MeasuredParetoInput = z.infer<typeof measuredParetoInput>;

export async function measuredParetoFront(db: Database, input: MeasuredParetoInput) {
  const snap = await getSnapshot(db);
  return memo(snap, `pareto:${input.metric}:${input.accuracy}`, () => {
    const xDirection = target(input.metric).direction;
    const rows = snap.records.filter((r) => metricValue(r, input.metric) !== null);
    const xs = rows.map((r) => metricValue(r, input.metric)!);
    const ys = rows.map((r) => metricValue(r, input.accuracy)!);
    const front = paretoFront(xs, ys, { x: xDirection, y: 'max' });
    return {
      metric: input.metric,
      accuracy: input.accuracy,
      xDirection,
      points: rows.length,
      front: Array.from(front, (i) => ({ resultId: rows[i].result_id, code: rows[i].code, x: xs[i], y: ys[i] })),
    };
  });
}

/** Every measured point for a chart, as parallel arrays (compact for the wire); codes let a chart name and link a point. */
export async function measuredPoints(db: Database, input: MeasuredParetoInput) {
  const snap = await getSnapshot(db);
  return memo(snap, `points:${input.metric}:${input.accuracy}`, () => {
    const rows = snap.records.filter((r) => metricValue(r, input.metric) !== null);
    return {
      resultIds: rows.map((r) => r.result_id),
      codes: rows.map((r) => r.code),
      xs: rows.map((r) => metricValue(r, input.metric)!),
      ys: rows.map((r) => metricValue(r, input.accuracy)!),
    };
  });
}
