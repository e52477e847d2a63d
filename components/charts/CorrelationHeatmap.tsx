// A symmetric correlation matrix as a heatmap with the value printed in every cell: blue where two
// metrics rank architectures alike, red where they rank them in opposite orders. Pure: props in, SVG out.
import { Group } from '@visx/group';
import { scaleBand, scaleLinear } from '@visx/scale';
import { contrastText } from './contrastText';

export interface CorrelationHeatmapProps {
  /** Row/column ids, e.g. dataset metric names (used in test ids). */
  ids: string[];
  /** Short labels shown on the axes, aligned with `ids`. */
  labels: string[];
  /** values[i][j] in [−1, 1]. */
  values: number[][];
  /** Pairs behind each value, shown in the cell's tooltip. */
  n: number[][];
  /** Name of the coefficient, e.g. "Spearman ρ". */
  coefficient: string;
  width: number;
  /** Accessible title of the chart. */
  title: string;
}

const MARGIN = { top: 8, right: 28, bottom: 40, left: 96 };
const LEGEND_STOPS = [-1, -0.5, 0, 0.5, 0.7, 1];
const HEADER = 64;
// Most device pairs agree at 0.7–1, so the blue ramp spends most of its range there.
const color = scaleLinear<string>({ domain: [-1, 0, 0.7, 1], range: ['#b91c1c', '#f8fafc', '#bfdbfe', '#1e3a8a'] });

export function CorrelationHeatmap({ ids, labels, values, n, coefficient, width, title }: CorrelationHeatmapProps) {
  const innerW = width - MARGIN.left - MARGIN.right;
  const cell = innerW / ids.length;
  const height = MARGIN.top + HEADER + cell * ids.length + MARGIN.bottom;
  const band = scaleBand<number>({ domain: ids.map((_, i) => i), range: [0, innerW], padding: 0.04 });
  const fontSize = Math.max(10, Math.min(14, cell / 4.2));
  return (
    <svg width={width} height={height} role="img" aria-label={title} data-testid="correlation-heatmap">
      <title>{title}</title>
      <Group left={MARGIN.left} top={MARGIN.top + HEADER}>
        {labels.map((label, j) => (
          <text
            key={`col-${ids[j]}`}
            transform={`translate(${band(j)! + band.bandwidth() / 2}, -8) rotate(-35)`}
            fontSize={11}
            fill="#0f172a"
            textAnchor="start"
          >
            {label}
          </text>
        ))}
        {labels.map((label, i) => (
          <text key={`row-${ids[i]}`} x={-8} y={band(i)! + band.bandwidth() / 2} dy="0.35em" fontSize={11} fill="#0f172a" textAnchor="end">
            {label}
          </text>
        ))}
        {values.map((row, i) =>
          row.map((v, j) => {
            const fill = Number.isNaN(v) ? '#e2e8f0' : color(v);
            return (
              <g key={`${ids[i]}-${ids[j]}`} transform={`translate(${band(j)}, ${band(i)})`}>
                <title>{`${labels[i]} vs ${labels[j]}: ${coefficient} = ${v.toFixed(3)} over ${n[i][j].toLocaleString('en-US')} architectures`}</title>
                <rect width={band.bandwidth()} height={band.bandwidth()} fill={fill} rx={2} />
                <text
                  x={band.bandwidth() / 2}
                  y={band.bandwidth() / 2}
                  dy="0.35em"
                  textAnchor="middle"
                  fontSize={fontSize}
                  fontWeight={i === j ? 400 : 600}
                  fill={contrastText(fill)}
                  data-testid={`corr-${ids[i]}-${ids[j]}`}
                >
                  {Number.isNaN(v) ? '—' : v.toFixed(2)}
                </text>
              </g>
            );
          }),
        )}
      </Group>
      <Group left={MARGIN.left} top={height - 28}>
        <defs>
          <linearGradient id="corr-legend">
            {LEGEND_STOPS.map((v) => (
              <stop key={v} offset={`${((v + 1) / 2) * 100}%`} stopColor={color(v)} />
            ))}
          </linearGradient>
        </defs>
        <rect width={Math.min(220, innerW)} height={10} fill="url(#corr-legend)" stroke="#cbd5e1" />
        {[-1, -0.5, 0, 0.5, 1].map((v) => (
          <text key={v} x={((v + 1) / 2) * Math.min(220, innerW)} y={22} fontSize={10} fill="#475569" textAnchor="middle">
            {v > 0 ? `+${v}` : v}
          </text>
        ))}
        <text x={Math.min(220, innerW) + 10} y={9} fontSize={11} fill="#475569">
          {coefficient}: red = opposite order, blue = same order
        </text>
      </Group>
    </svg>
  );
}
