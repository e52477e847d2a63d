// Reads a records row's value of a sortable column: a target's measured value (a device metric's
// mean, through its `field` in core/targets.ts), or result_id, MACs, params.
import { isTargetName, measuredValue } from '@/core/targets';
import type { RecordRow } from '../db/schema';
import type { SortKey } from '../api/architectureQuery';

export function metricValue(row: RecordRow, key: SortKey): number | null {
  return isTargetName(key) ? measuredValue(row, key) : row[key];
}
