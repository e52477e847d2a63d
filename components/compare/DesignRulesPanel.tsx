'use client';
// (d) Design rules measured from the data: for the chosen gene change (URL state `rule`), what it does
// to every device metric and to top-1 — in all blocks at once (chart) and per block (table) — with
// the method, its fit and its intervals stated next to the numbers.
import type { inferOutput } from '@trpc/tanstack-react-query';
import { useQueryStates } from 'nuqs';
import { DotIntervalChart } from '@/components/charts/DotIntervalChart';
import type { useTRPC } from '@/lib/trpc/TrpcProvider';
import { MeasuredWidth } from '@/components/charts/MeasuredWidth';
import { ChartExport } from '@/components/ui/ChartExport';
import { PillRadioGroup } from '@/components/ui/PillRadioGroup';
import { compareParams, DESIGN_RULE_IDS } from '@/lib/url/compareParams';
import { effectColor, formatEffect } from './designEffectStyle';
import { DesignRulesMethod } from './DesignRulesMethod';
import { DesignRulesTable } from './DesignRulesTable';
import { metricLabel } from '@/components/ui/metricLabel';

/** The client's view of the API, typed from the tRPC hook (no import from server/). */
type Api = ReturnType<typeof useTRPC>;
type DesignRules = inferOutput<Api['compare']['designRules']>;

export function DesignRulesPanel({ data }: { data: DesignRules }) {
  const [{ rule }, setParams] = useQueryStates({ rule: compareParams.rule }, { history: 'push' });
  const label = data.rules.find((r) => r.id === rule)?.label ?? rule;
  const scaleOf = new Map(data.metrics.map((m) => [m.name, m.scale]));
  const overall = data.effects.filter((e) => e.rule === rule && e.block === null);
  const top1 = overall.find((e) => e.metric === 'val_top1');
  const hardware = overall.filter((e) => scaleOf.get(e.metric) === 'log');
  const pct = (100 * data.options.level).toFixed(0);

  return (
    <section aria-labelledby="rules-heading" className="space-y-3" id="design-rules">
      <h2 id="rules-heading" className="text-xl font-semibold">
        Design rules, measured
      </h2>
      <p className="max-w-3xl text-sm text-muted">
        What one gene change costs or buys on each accelerator and on top-1, estimated from the {data.records.toLocaleString('en-US')}{' '}
        measured records with everything else held fixed. Intervals are {pct}% bootstrap intervals; the method is explained below the table.
      </p>
      <PillRadioGroup
        legend="Gene change"
        name="rule"
        options={DESIGN_RULE_IDS.map((id) => ({ value: id, label: data.rules.find((r) => r.id === id)?.label ?? id }))}
        value={rule}
        onChange={(v) => setParams({ rule: v })}
      />
      {top1 && (
        <p className="text-sm" data-testid="rule-top1">
          <strong>{label}</strong> in all seven blocks: top-1{' '}
          <strong style={{ color: effectColor('val_top1', top1.lo, top1.hi) }}>{formatEffect('points', top1.effect)}</strong>{' '}
          <span className="text-muted">
            ({pct}% interval {formatEffect('points', top1.lo)} to {formatEffect('points', top1.hi)}, n = {top1.n.toLocaleString('en-US')})
          </span>
          .
        </p>
      )}
      <ChartExport
        filename={`design-rule-${rule}-all-blocks`}
        label={`${label} effect chart`}
        caption={<>Green: better on that device, orange: worse, grey: interval includes 0. Throughput and latency in % change.</>}
      >
        <MeasuredWidth>
          {(width) => (
            <DotIntervalChart
              rows={hardware.map((e) => ({
                key: e.metric,
                label: metricLabel(e.metric, 'long'),
                value: e.effect,
                lo: e.lo,
                hi: e.hi,
                color: effectColor(e.metric, e.lo, e.hi),
                annotation: formatEffect('log', e.effect),
              }))}
              xLabel={`Change when made in all seven blocks (%), ${pct}% bootstrap interval`}
              width={Math.max(520, Math.min(width, 900))}
              zeroLine
              tickFormat={(v) => `${v > 0 ? '+' : ''}${v}%`}
              title={`${label} in all seven blocks: effect on each device metric in percent`}
            />
          )}
        </MeasuredWidth>
      </ChartExport>
      <DesignRulesTable
        effects={data.effects.filter((e) => e.rule === rule)}
        metrics={data.metrics}
        label={label}
        level={data.options.level}
      />
      <DesignRulesMethod data={data} />
    </section>
  );
}
