// How far /pareto's full window reaches when the predicted cloud lies beyond the measured records.
/**
 * The measured extent grown to cover `cloud`, in steps of a tenth of the measured span. A streamed cloud's
 * batches push its extremes out a little at a time: the window (the axes, and the bins drawCloud keeps
 * between batches) then changes a few times while it streams instead of with nearly every batch, when
 * each change redrew all points so far. Never below 0 for data that are not negative.
 */
export function outwardExtent(measured: [number, number], cloud: [number, number]): [number, number] {
  const [lo, hi] = measured;
  const step = (hi - lo) / 10 || Math.abs(hi) * 0.1 || 1;
  const below = cloud[0] < lo ? lo - Math.ceil((lo - cloud[0]) / step) * step : lo;
  const above = cloud[1] > hi ? hi + Math.ceil((cloud[1] - hi) / step) * step : hi;
  return [cloud[0] >= 0 && lo >= 0 ? Math.max(0, below) : below, above];
}
