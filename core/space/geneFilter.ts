// Which values of each gene a view keeps: the explorer's filters, sent to the surrogate worker's
// sampler and applied to the measured cloud alike.

/**
 * Allowed values per gene, applied to every block; absent or empty means any value. Layers are
 * intersected with what each block allows (block 5 alone has 4).
 */
export interface GeneFilter {
  e?: readonly number[];
  k?: readonly number[];
  l?: readonly number[];
  se?: readonly boolean[];
}
