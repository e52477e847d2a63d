// A small picture of an architecture's 7 stages for tooltips and lists: one column per stage, one box
// per layer (1–4), the box wider for a larger expansion (1, 4, 6), darker for kernel 5 than kernel 3,
// and a dot above the column when the stage has squeeze-excite. Pure SVG of its props.
import type { Architecture } from '@/core/space/searchSpace';

export interface ArchitectureGlyphProps {
  arch: Architecture;
  width?: number;
  height?: number;
  /** Accessible description; omit to hide the glyph from assistive technology (text beside it says it). */
  title?: string;
}

const KERNEL_FILL: Record<number, string> = { 3: 'var(--chart-kernel-3)', 5: 'var(--chart-kernel-5)' };

export function ArchitectureGlyph({ arch, width = 168, height = 48, title }: ArchitectureGlyphProps) {
  const column = width / arch.length;
  const boxH = (height - 10) / 4;
  return (
    <svg width={width} height={height} role={title ? 'img' : undefined} aria-label={title} aria-hidden={title ? undefined : true}>
      {title && <title>{title}</title>}
      {arch.map((b, s) => {
        const w = (b.e === 1 ? 0.35 : b.e === 4 ? 0.62 : 0.85) * column;
        const x = s * column + (column - w) / 2;
        return (
          <g key={s}>
            {Array.from({ length: b.l }, (_, j) => (
              <rect key={j} x={x} y={height - (j + 1) * boxH} width={w} height={boxH - 1.5} rx={1.5} fill={KERNEL_FILL[b.k]} />
            ))}
            {b.se && <circle cx={s * column + column / 2} cy={height - b.l * boxH - 4} r={2.2} fill="#f59e0b" />}
          </g>
        );
      })}
    </svg>
  );
}
