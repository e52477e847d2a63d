// The colours of a panel that reports an out-of-distribution level: red far, amber at the edge, plain inside.
import type { OodLevel } from '@/surrogates/runtime/outOfDistributionLevel';

export const OOD_PANEL_CLASS: Record<OodLevel, string> = {
  far: 'border-red-300 bg-red-50 text-red-950',
  edge: 'border-amber-300 bg-amber-50 text-amber-950',
  in: 'border-slate-200 bg-white',
};
