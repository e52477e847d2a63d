// How far a chart's window may go: the data's extent padded a little (chartView's pad), and never below
// zero on an axis whose data are all non-negative (throughput, latency, accuracy: a negative window is
// empty space the data cannot reach, e.g. the −40,000 img/s of issue #16).
import { pad, type ChartView } from './chartView';

const axis = (extent: readonly [number, number]): [number, number] => {
  const padded = pad(extent);
  return extent[0] >= 0 && padded[0] < 0 ? [0, padded[1]] : padded;
};

/** The largest window of the data with extents `x` and `y` ([min, max], as extentOf returns them). */
export function viewBounds(x: readonly [number, number], y: readonly [number, number]): ChartView {
  return { x: axis(x), y: axis(y) };
}
