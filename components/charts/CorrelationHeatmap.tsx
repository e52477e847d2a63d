// A symmetric correlation matrix as a heatmap with the value printed in every cell: blue where two
// metrics rank architectures alike, red where they rank them in opposite orders. Pure: props in, SVG out;
// with `onPick`, the pickable cells also get HTML buttons laid over them (an SVG role="img" hides its
// children from assistive technology, and a <button> brings focus, Enter and Space for free).
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
  /** Which cells can be picked (row i, column j); none without `onPick`. */
  pickable?: (i: number, j: number) => boolean;
  /** The picked cell, outlined (its mirror cell too). */
  picked?: [number, number] | null;
  /** Called with (row, column) when a pickable cell is clicked or activated from the keyboard. */
  onPick?: (i: number, j: number) => void;
  /** Accessible name of a pickable cell's button. */
  pickLabel?: (i: number, j: number) => string;
}

const MARGIN = { top: 8, right: 28, bottom: 40, left: 96 };
const LEGEND_STOPS = [-1, -0.5, 0, 0.5, 0.7, 1];
const HEADER = 64;
// Most device pairs agree at 0.7–1, so the blue ramp spends most of its range there.
const color = scaleLinear<string>({ domain: [-1, 0, 0.7, 1], range: ['#b91c1c', '#f8fafc', '#bfdbfe', '#1e3a8a'] });

export function CorrelationHeatmap(props: CorrelationHeatmapProps) {
  const { ids, labels, values, n, coefficient, width, title, pickable, picked, onPick, pickLabel } = props;
  const innerW = width - MARGIN.left - MARGIN.right;
  const cell = innerW / ids.length;
  const height = MARGIN.top + HEADER + cell * ids.length + MARGIN.bottom;
  const band = scaleBand<number>({ domain: ids.map((_, i) => i), range: [0, innerW], padding: 0.04 });
  const fontSize = Math.max(10, Math.min(14, cell / 4.2));
  const cellTitle = (i: number, j: number) =>
    `${labels[i]} vs ${labels[j]}: ${coefficient} = ${values[i][j].toFixed(3)} over ${n[i][j].toLocaleString('en-US')} architectures`;
  const isPicked = (i: number, j: number) => !!picked && ((picked[0] === i && picked[1] === j) || (picked[0] === j && picked[1] === i));
  const svg = (
    <svg width={width} height={height} role="img" aria-label={title} data-testid="correlation-heatmap">
      <title>{title}</title>
      <Group left={MARGIN.left} top={MARGIN.top + HEADER}>
        {labels.map((label, j) => (
          <text
            key={`col-${ids[j]}`}
            transform={`translate(${band(j)! + band.bandwidth() / 2}, -8) rotate(-35)`}
            fontSize={11}
            fill="var(--chart-ink)"
            textAnchor="start"
          >
            {label}
          </text>
        ))}
        {labels.map((label, i) => (
          <text
            key={`row-${ids[i]}`}
            x={-8}
            y={band(i)! + band.bandwidth() / 2}
            dy="0.35em"
            fontSize={11}
            fill="var(--chart-ink)"
            textAnchor="end"
          >
            {label}
          </text>
        ))}
        {values.map((row, i) =>
          row.map((v, j) => {
            const fill = Number.isNaN(v) ? 'var(--chart-grid)' : color(v);
            return (
              <g key={`${ids[i]}-${ids[j]}`} transform={`translate(${band(j)}, ${band(i)})`}>
                <title>{cellTitle(i, j)}</title>
                <rect width={band.bandwidth()} height={band.bandwidth()} fill={fill} rx={2} />
                {isPicked(i, j) && (
                  <rect
                    x={1.5}
                    y={1.5}
                    width={band.bandwidth() - 3}
                    height={band.bandwidth() - 3}
                    fill="none"
                    stroke="#f59e0b"
                    strokeWidth={3}
                    rx={2}
                  />
                )}
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
        <rect width={Math.min(220, innerW)} height={10} fill="url(#corr-legend)" stroke="var(--chart-reference)" />
        {[-1, -0.5, 0, 0.5, 1].map((v) => (
          <text key={v} x={((v + 1) / 2) * Math.min(220, innerW)} y={22} fontSize={10} fill="var(--chart-muted)" textAnchor="middle">
            {v > 0 ? `+${v}` : v}
          </text>
        ))}
        <text x={Math.min(220, innerW) + 10} y={9} fontSize={11} fill="var(--chart-muted)">
          {coefficient}: red = opposite order, blue = same order
        </text>
      </Group>
    </svg>
  );
  if (!onPick) return svg;
  const size = band.bandwidth();
  return (
    <div className="relative" style={{ width, height }}>
      {svg}
      {ids.flatMap((_, i) =>
        ids.map((__, j) =>
          pickable?.(i, j) ? (
            <button
              key={`pick-${ids[i]}-${ids[j]}`}
              type="button"
              className="absolute cursor-pointer rounded-sm hover:outline hover:outline-2 hover:outline-slate-900/40 focus-visible:outline focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-accent"
              style={{ left: MARGIN.left + band(j)!, top: MARGIN.top + HEADER + band(i)!, width: size, height: size }}
              aria-label={pickLabel ? pickLabel(i, j) : `${labels[i]} vs ${labels[j]}`}
              title={cellTitle(i, j)}
              aria-pressed={isPicked(i, j)}
              onClick={() => onPick(i, j)}
              data-testid={`corr-pick-${ids[i]}-${ids[j]}`}
            />
          ) : null,
        ),
      )}
    </div>
  );
}
