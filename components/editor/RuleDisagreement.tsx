// Where the editor's predicted top-1 change of an edit and /compare's measured design rule for the same
// gene change point different ways, one line saying why both can stand: the rule is an average over
// every measured network, the prediction is for this one with its other genes. Nothing when they agree.
import type { PredictedDifference } from '@/surrogates/runtime/predictedDifference';
import { formatDifference } from './formatDifference';
import type { RuleForEdit } from './designRuleForEdit';

const signed = (v: number) => `${v >= 0 ? '+' : '−'}${Math.abs(v).toFixed(2)}`;

/** Opposite signs, or intervals that do not overlap. */
export function ruleDisagrees(rule: RuleForEdit, predicted: PredictedDifference): boolean {
  return Math.sign(rule.effect) !== Math.sign(predicted.delta) || rule.hi < predicted.lo || predicted.hi < rule.lo;
}

export function RuleDisagreement({ rule, predicted }: { rule: RuleForEdit; predicted: PredictedDifference }) {
  if (!ruleDisagrees(rule, predicted)) return null;
  const overlap = !(rule.hi < predicted.lo || predicted.hi < rule.lo);
  const p = formatDifference(predicted, 'points');
  return (
    <p className="text-xs text-muted" data-testid="best-edit-rule-note">
      /compare&apos;s design rule measures this change at {signed(rule.effect)} [{signed(rule.lo)}, {signed(rule.hi)}] points of top-1 on
      average over the measured architectures ({rule.method === 'matched-pairs' ? `${rule.n} matched pairs` : 'a fit over all records'}
      ); for this architecture the surrogate predicts {p.change} {p.interval}. The rule averages over every network; the prediction is for
      this one, whose other genes change what the edit does.{' '}
      {overlap
        ? 'The two intervals overlap, so both can hold.'
        : 'The intervals do not overlap: here the gene interacts with the rest of this network.'}
    </p>
  );
}
