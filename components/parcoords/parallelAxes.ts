// The axes parallel coordinates can show, described once: the 11 targets (core/targets) and the 28
// genes (7 blocks × expansion, kernel, layers, squeeze-excite). A gene axis carries its choices as
// the URL's values (squeeze-excite 1 on / 0 off, like /data's `se3=1`), spaced evenly along the axis.
import { GENE_COUNT } from '@/core/space/geneIndex';
import { BLOCK_COUNT, EXPANSIONS, KERNELS, layerChoices } from '@/core/space/searchSpace';
import { TARGETS, type TargetName } from '@/core/targets';

export const GENE_KEYS = ['e', 'k', 'l', 'se'] as const;
export type GeneKey = (typeof GENE_KEYS)[number];
type Block = 0 | 1 | 2 | 3 | 4 | 5 | 6;
export type GeneAxisId = `${GeneKey}${Block}`;
export type AxisId = TargetName | GeneAxisId;

/** Axes are shown and hidden by group: the targets, or one gene across the 7 blocks. */
export const AXIS_GROUPS = ['targets', 'e', 'k', 'l', 'se'] as const;
export type AxisGroup = (typeof AXIS_GROUPS)[number];
export const AXIS_GROUP_LABELS: Record<AxisGroup, string> = {
  targets: 'Targets (11)',
  e: 'Expansion (7 blocks)',
  k: 'Kernel (7 blocks)',
  l: 'Layers (7 blocks)',
  se: 'Squeeze-excite (7 blocks)',
};

export interface ParallelAxis {
  id: AxisId;
  group: AxisGroup;
  /** Full name, for titles and accessible names: "Top-1 accuracy", "Expansion, block 3". */
  label: string;
  /** Name above the axis: "Top-1", "e3". */
  short: string;
  unit: string;
  /** Targets: which way is better. */
  direction: 'max' | 'min' | null;
  /** Genes: the allowed values in axis order, bottom first; null for a target (a continuous axis). */
  choices: readonly number[] | null;
}

const GENE_NAMES: Record<GeneKey, string> = { e: 'Expansion', k: 'Kernel', l: 'Layers', se: 'Squeeze-excite' };
/** Squeeze-excite off (0) at the bottom, on (1) above it. */
const geneChoices = (gene: GeneKey, block: number): readonly number[] =>
  gene === 'e' ? EXPANSIONS : gene === 'k' ? KERNELS : gene === 'l' ? layerChoices(block) : [0, 1];

const targetAxes: ParallelAxis[] = TARGETS.map((t) => ({
  id: t.name,
  group: 'targets',
  label: t.label,
  // "Training time (proxy)" does not fit above an axis.
  short: t.name === 'train_time' ? 'Train time' : t.short,
  unit: t.unit,
  direction: t.direction,
  choices: null,
}));

const geneAxes: ParallelAxis[] = GENE_KEYS.flatMap((gene) =>
  Array.from({ length: BLOCK_COUNT }, (_, b) => ({
    id: `${gene}${b}` as GeneAxisId,
    group: gene,
    label: `${GENE_NAMES[gene]}, block ${b}`,
    short: `${gene}${b}`,
    unit: '',
    direction: null,
    choices: geneChoices(gene, b),
  })),
);

/** Every axis: the targets in TARGETS order, then the genes gene by gene, block 0 first. */
export const PARALLEL_AXES: readonly ParallelAxis[] = [...targetAxes, ...geneAxes];
export const AXIS_IDS = PARALLEL_AXES.map((a) => a.id) as [AxisId, ...AxisId[]];

export function axisById(id: string): ParallelAxis | undefined {
  return PARALLEL_AXES.find((a) => a.id === id);
}

/** The axes of the chosen groups, in PARALLEL_AXES order. */
export function axesOf(groups: readonly AxisGroup[]): ParallelAxis[] {
  return PARALLEL_AXES.filter((a) => groups.includes(a.group));
}

/** The block and gene of a gene axis. */
export function geneOf(axis: ParallelAxis): { gene: GeneKey; block: number } {
  const m = /^(e|k|l|se)([0-6])$/.exec(axis.id);
  if (!m) throw new Error(`${axis.id} is not a gene axis`);
  return { gene: m[1] as GeneKey, block: Number(m[2]) };
}

/** What the lines are drawn from: packed genes (core/space/geneIndex) and each target's column. */
export interface LineSource {
  count: number;
  /** [count, 28] gene indices. */
  genes: Uint8Array;
  /** One value per row of a target; NaN where there is none. */
  target: (name: TargetName) => ArrayLike<number>;
}

const GENE_OFFSET: Record<GeneKey, number> = { e: 0, k: 1, l: 2, se: 3 };

/** A gene's URL value from its packed index (squeeze-excite index 0 is "on", the URL's 1). */
export function geneValueOf(gene: GeneKey, index: number): number {
  if (gene === 'e') return EXPANSIONS[index];
  if (gene === 'k') return KERNELS[index];
  if (gene === 'l') return index + 1;
  return index === 0 ? 1 : 0;
}

/** One axis's values, one per row: the target's column, or the gene's URL value. */
export function axisColumn(source: LineSource, axis: ParallelAxis): Float64Array {
  const out = new Float64Array(source.count);
  if (axis.choices === null) {
    const values = source.target(axis.id as TargetName);
    for (let i = 0; i < source.count; i++) out[i] = values[i];
    return out;
  }
  const { gene, block } = geneOf(axis);
  const offset = block * 4 + GENE_OFFSET[gene];
  for (let i = 0; i < source.count; i++) out[i] = geneValueOf(gene, source.genes[i * GENE_COUNT + offset]);
  return out;
}
