// The accuracy targets a surrogate search can trade against a device metric (the CLI, the stored
// searches, the race settings and the URL all accept exactly these).
import type { TargetName } from '../targets';

export type AccuracyName = Extract<TargetName, 'val_top1' | 'val_top5'>;
export const ACCURACY_NAMES = ['val_top1', 'val_top5'] as const satisfies readonly AccuracyName[];
