// The Accel-NASBench search space (MnasNet/EfficientNet-B0 style): 7 MBConv stages, each with an
// expansion ratio, a depthwise kernel size, a number of layers and squeeze-excite on/off.
// Mirrors ANB's ConfigSpace (`search-space.json`); block 5 alone allows 4 layers.

export const BLOCK_COUNT = 7;
export const EXPANSIONS = [1, 4, 6] as const;
export const KERNELS = [3, 5] as const;
export const SQUEEZE_EXCITE = [true, false] as const;
const LAYERS_DEFAULT = [1, 2, 3] as const;
const LAYERS_BLOCK5 = [1, 2, 3, 4] as const;

export type Expansion = (typeof EXPANSIONS)[number];
export type Kernel = (typeof KERNELS)[number];
export type Layers = 1 | 2 | 3 | 4;

/** One MBConv stage of the network. */
export interface Block {
  readonly e: Expansion;
  readonly k: Kernel;
  readonly l: Layers;
  readonly se: boolean;
}

/** A full architecture: exactly 7 blocks, block 0 first. */
export type Architecture = readonly Block[];

export const GENES = ['e', 'k', 'l', 'se'] as const;
export type Gene = (typeof GENES)[number];

/** Allowed layer counts of block `i` (0-based). */
export function layerChoices(block: number): readonly Layers[] {
  return block === 5 ? LAYERS_BLOCK5 : LAYERS_DEFAULT;
}

/** Allowed values of one gene of one block, in ConfigSpace order. */
export function geneChoices(block: number, gene: Gene): readonly (number | boolean)[] {
  switch (gene) {
    case 'e':
      return EXPANSIONS;
    case 'k':
      return KERNELS;
    case 'l':
      return layerChoices(block);
    case 'se':
      return SQUEEZE_EXCITE;
  }
}

/** Number of distinct architectures: (3·2·3·2)^6 · (3·2·4·2) = 104,485,552,128. */
export function searchSpaceSize(): number {
  let size = 1;
  for (let b = 0; b < BLOCK_COUNT; b++) size *= EXPANSIONS.length * KERNELS.length * layerChoices(b).length * 2;
  return size;
}

/** EfficientNet-B0's stage settings, the search space's best-known reference point. */
export const EFFICIENTNET_B0: Architecture = [
  { e: 1, k: 3, l: 1, se: true },
  { e: 6, k: 3, l: 2, se: true },
  { e: 6, k: 5, l: 2, se: true },
  { e: 6, k: 3, l: 3, se: true },
  { e: 6, k: 5, l: 3, se: true },
  { e: 6, k: 5, l: 4, se: true },
  { e: 6, k: 3, l: 1, se: true },
];
