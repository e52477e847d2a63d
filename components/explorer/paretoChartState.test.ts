// The chart section's state in the order the page checks it: a load error beats everything, no data
// or window is loading, no point at all (with the cloud finished) is empty, with the worker's reason
// when it found the filtered space empty.
import { describe, expect, it } from 'vitest';
import { paretoChartState, type ParetoChartStateInput } from './paretoChartState';

const retry = () => {};
const base: ParetoChartStateInput = {
  datasetError: null,
  retry,
  hasChart: true,
  measuredCount: 12,
  predictedCount: 3000,
  cloud: { status: 'done', error: null },
};

describe('paretoChartState', () => {
  it('shows the load error with its retry, even without a chart', () => {
    expect(paretoChartState({ ...base, datasetError: { message: 'HTTP 500' }, hasChart: false })).toEqual({
      kind: 'error',
      message: 'HTTP 500',
      retry,
    });
  });

  it('is loading until the chart has data and a window', () => {
    expect(paretoChartState({ ...base, hasChart: false })).toEqual({ kind: 'loading' });
  });

  it('is empty when no point passes the filters, naming the worker’s empty space when it said so', () => {
    const none = { ...base, measuredCount: 0, predictedCount: 0 };
    expect(paretoChartState(none)).toEqual({ kind: 'empty', message: 'Loosen a gene filter to see points again.' });
    const emptySpace = { code: 'empty_space' as const, message: 'No architecture passes these gene filters.' };
    expect(paretoChartState({ ...none, cloud: { status: 'error', error: emptySpace } })).toEqual({
      kind: 'empty',
      message: emptySpace.message,
    });
  });

  it('shows the chart while the cloud is still coming, or when either series has a point', () => {
    expect(paretoChartState({ ...base, measuredCount: 0, predictedCount: 0, cloud: { status: 'running', error: null } })).toEqual({
      kind: 'ready',
    });
    expect(paretoChartState({ ...base, measuredCount: 0 })).toEqual({ kind: 'ready' });
    expect(paretoChartState({ ...base, predictedCount: 0 })).toEqual({ kind: 'ready' });
  });
});
