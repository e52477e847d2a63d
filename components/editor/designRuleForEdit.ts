// The measured design rule (/compare) that speaks about a one-gene edit, turned to the edit's
// direction: squeeze-excite on↔off, kernel 3↔5, expansion 4↔6 and one layer more or fewer, in the
// edit's block. Other edits (expansion 1, two layers at once) have no rule.
import type { inferOutput } from '@trpc/tanstack-react-query';
import type { Gene } from '@/core/space/searchSpace';
import type { TargetName } from '@/core/targets';
import type { useTRPC } from '@/lib/trpc/TrpcProvider';

/** One effect of /compare's design rules, as the API sends it. */
export type DesignEffectLike = inferOutput<ReturnType<typeof useTRPC>['compare']['designRules']>['effects'][number];

export interface RuleForEdit {
  /** The rule's effect in the edit's direction: points for top-1, % for device metrics. */
  effect: number;
  lo: number;
  hi: number;
  method: 'matched-pairs' | 'model';
  n: number;
}

export function designRuleForEdit(
  effects: readonly DesignEffectLike[],
  edit: { block: number; gene: Gene; from: number | boolean; to: number | boolean },
  metric: TargetName,
): RuleForEdit | null {
  let rule: string | null = null;
  let sign = 0;
  if (edit.gene === 'se') [rule, sign] = ['se', edit.to ? 1 : -1];
  else if (edit.gene === 'k') [rule, sign] = ['k', edit.to === 5 ? 1 : -1];
  else if (edit.gene === 'e' && ((edit.from === 4 && edit.to === 6) || (edit.from === 6 && edit.to === 4)))
    [rule, sign] = ['e', edit.to === 6 ? 1 : -1];
  else if (edit.gene === 'l' && Math.abs(Number(edit.to) - Number(edit.from)) === 1)
    [rule, sign] = ['l', Number(edit.to) > Number(edit.from) ? 1 : -1];
  if (!rule) return null;
  const e = effects.find((x) => x.rule === rule && x.block === edit.block && x.metric === metric);
  if (!e) return null;
  return sign > 0
    ? { effect: e.effect, lo: e.lo, hi: e.hi, method: e.method, n: e.n }
    : { effect: -e.effect, lo: -e.hi, hi: -e.lo, method: e.method, n: e.n };
}
