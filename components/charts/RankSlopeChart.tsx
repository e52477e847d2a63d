// A slope chart of ranks on two devices: each line is one architecture, from its rank on device A
// (left) to its rank on device B (right); 1 = best, at the top. Steep lines are rank flips.
// Pure: props in, SVG out.
import { AxisLeft, AxisRight } from '@visx/axis';
import { Group } from '@visx/group';
import { scaleLinear } from '@visx/scale';

export interface RankSlopeItem {
  /** Stable key, e.g. the architecture code. */
  key: string;
  rankA: number;
  rankB: number;
  /** Tooltip text of the line. */
  label: string;
}

export interface RankSlopeChartProps {
  items: RankSlopeItem[];
  labelA: string;
  labelB: string;
  width: number;
  height: number;
  /** Keys drawn on top, thicker (e.g. the largest movers). */
  highlight?: ReadonlySet<string>;
  /** Accessible title of the chart. */
  title: string;
}

const MARGIN = { top: 40, right: 40, left: 40 };
const UP = 'var(--chart-blue)';
const DOWN = 'var(--chart-orange)';
const FLAT = 'var(--chart-reference)';

export function RankSlopeChart({ items, labelA, labelB, width, height, highlight, title }: RankSlopeChartProps) {
  // On a phone the legend stacks into three rows and the centre caption is left out.
  const narrow = width < 520;
  const bottom = narrow ? 64 : 36;
  const innerW = Math.max(40, width - MARGIN.left - MARGIN.right);
  const innerH = height - MARGIN.top - bottom;
  const n = Math.max(1, items.length);
  const y = scaleLinear<number>({ domain: [1, n], range: [0, innerH] });
  // A move of under 10% of the set reads as noise-level reshuffling; colour only the bigger ones.
  const flat = Math.max(1, n * 0.1);
  const stroke = (d: RankSlopeItem) => (Math.abs(d.rankB - d.rankA) < flat ? FLAT : d.rankB < d.rankA ? UP : DOWN);
  const ordered = [...items].sort((p, q) => Number(highlight?.has(p.key) ?? false) - Number(highlight?.has(q.key) ?? false));
  const tickLabel = { fontSize: 11, fill: 'var(--chart-muted)' };
  return (
    <svg width={width} height={height} role="img" aria-label={title} data-testid="rank-slope">
      <title>{title}</title>
      <Group left={MARGIN.left} top={MARGIN.top}>
        <text x={-MARGIN.left + 4} y={-22} textAnchor="start" fontSize={12} fontWeight={600} fill="var(--chart-ink)">
          {narrow ? 'A' : `A: ${labelA}`}
        </text>
        <text x={innerW + MARGIN.right - 4} y={-22} textAnchor="end" fontSize={12} fontWeight={600} fill="var(--chart-ink)">
          {narrow ? 'B' : `B: ${labelB}`}
        </text>
        {!narrow && (
          <text x={innerW / 2} y={-22} textAnchor="middle" fontSize={11} fill="var(--chart-muted)">
            rank on each device (1 = best)
          </text>
        )}
        {ordered.map((d) => {
          const strong = highlight?.has(d.key) ?? false;
          return (
            <line
              key={d.key}
              x1={0}
              x2={innerW}
              y1={y(d.rankA)}
              y2={y(d.rankB)}
              stroke={stroke(d)}
              strokeWidth={strong ? 2.5 : 1.2}
              strokeOpacity={strong ? 1 : 0.55}
            >
              <title>{d.label}</title>
            </line>
          );
        })}
        <g fill="var(--chart-ink)">
          {items.map((d) => (
            <g key={d.key}>
              <circle cx={0} cy={y(d.rankA)} r={2} />
              <circle cx={innerW} cy={y(d.rankB)} r={2} />
            </g>
          ))}
        </g>
        <AxisLeft
          scale={y}
          numTicks={Math.min(10, n)}
          tickFormat={(v) => String(v)}
          tickLabelProps={tickLabel}
          hideAxisLine
          hideTicks
          left={-6}
        />
        <AxisRight
          scale={y}
          left={innerW + 6}
          numTicks={Math.min(10, n)}
          tickFormat={(v) => String(v)}
          tickLabelProps={tickLabel}
          hideAxisLine
          hideTicks
        />
      </Group>
      <Group left={narrow ? 8 : MARGIN.left} top={height - (narrow ? 46 : 14)} fontSize={11}>
        {[
          { color: UP, text: 'better rank on B' },
          { color: DOWN, text: 'worse rank on B' },
          { color: FLAT, text: `moved < ${Math.ceil(flat)} places` },
        ].map((l, i) => (
          <g key={l.text} transform={narrow ? `translate(0, ${i * 16})` : `translate(${i * 150}, 0)`}>
            <line x1={0} x2={18} y1={-4} y2={-4} stroke={l.color} strokeWidth={2.5} />
            <text x={24} y={0} fill="var(--chart-muted)">
              {l.text}
            </text>
          </g>
        ))}
      </Group>
    </svg>
  );
}
