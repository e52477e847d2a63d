// Uniform sampling of the search space under gene filters (the surrogate worker's clouds): each gene
// drawn independently from the values its block allows that the filter keeps. With no filter it draws
// exactly what sampleArchitecture draws from the same PRNG state (same genes, same order of draws), so
// a seed names the same cloud here and there. The filtered space is also numbered (architectureAt,
// indexOf: a mixed-radix number, block 0 its lowest digit) so drawDistinct can dedupe and enumerate it.
import type { Prng } from '../random/prng';
import { err, ok, type Result } from '../result';
import type { GeneFilter } from './geneFilter';
import { BLOCK_COUNT, EXPANSIONS, KERNELS, SQUEEZE_EXCITE, layerChoices, type Architecture, type Block } from './searchSpace';

/** `invalid_request`: a filter holds a value its gene never takes; `empty_space`: the filters leave nothing. */
export interface FilteredSamplerError {
  code: 'invalid_request' | 'empty_space';
  message: string;
}

export interface FilteredSampler {
  /** One architecture drawn uniformly from the filtered space. */
  sample(rng: Prng): Architecture;
  /** How many architectures the filtered space holds (at most 104,485,552,128: exact in a double). */
  size: number;
  /** The architecture numbered `index`, 0 ≤ index < size. */
  architectureAt(index: number): Architecture;
  /** The number of `arch` in the filtered space (architectureAt's inverse); −1 when the filter leaves it out. */
  indexOf(arch: Architecture): number;
}

const GENE_NAMES = { e: 'expansion', k: 'kernel', l: 'layers', se: 'squeeze-excite' } as const;

function keep<T extends number | boolean>(
  gene: keyof GeneFilter,
  all: readonly T[],
  wanted: readonly T[] | undefined,
): Result<readonly T[], FilteredSamplerError> {
  if (!wanted || wanted.length === 0) return ok(all);
  const everAllowed: readonly (number | boolean)[] =
    gene === 'l' ? [1, 2, 3, 4] : gene === 'e' ? EXPANSIONS : gene === 'k' ? KERNELS : SQUEEZE_EXCITE;
  const bad = wanted.find((v) => !everAllowed.includes(v));
  if (bad !== undefined) {
    return err({
      code: 'invalid_request',
      message: `The ${GENE_NAMES[gene]} filter holds ${String(bad)}; allowed: ${everAllowed.map(String).join(', ')}.`,
    });
  }
  return ok(all.filter((v) => wanted.includes(v)));
}

export function createFilteredSampler(filter: GeneFilter): Result<FilteredSampler, FilteredSamplerError> {
  const e = keep('e', EXPANSIONS, filter.e);
  const k = keep('k', KERNELS, filter.k);
  const se = keep('se', SQUEEZE_EXCITE, filter.se);
  if (!e.ok) return e;
  if (!k.ok) return k;
  if (!se.ok) return se;
  const layers: (readonly number[])[] = [];
  for (let b = 0; b < BLOCK_COUNT; b++) {
    const l = keep('l', layerChoices(b), filter.l);
    if (!l.ok) return l;
    if (l.value.length === 0) {
      return err({
        code: 'empty_space',
        message: `No architecture has layers ${filter.l!.join(', ')} in every block: block ${b} allows ${layerChoices(b).join(', ')} (only block 5 allows 4).`,
      });
    }
    layers.push(l.value);
  }
  for (const [gene, r] of [
    ['e', e],
    ['k', k],
    ['se', se],
  ] as const) {
    if (r.value.length === 0) return err({ code: 'empty_space', message: `The ${GENE_NAMES[gene]} filter allows no value.` });
  }
  const es = e.value as readonly Block['e'][];
  const ks = k.value as readonly Block['k'][];
  const ses = se.value;
  const radix = layers.map((ls) => es.length * ks.length * ls.length * ses.length);
  const size = radix.reduce((a, r) => a * r, 1);
  return ok({
    size,
    architectureAt(index: number): Architecture {
      const blocks: Block[] = [];
      let rest = index;
      for (let b = 0; b < BLOCK_COUNT; b++) {
        const ls = layers[b];
        const q = Math.floor(rest / radix[b]);
        let d = rest - q * radix[b];
        rest = q;
        const s = d % ses.length;
        d = (d - s) / ses.length;
        const l = d % ls.length;
        d = (d - l) / ls.length;
        const kk = d % ks.length;
        blocks.push({ e: es[(d - kk) / ks.length], k: ks[kk], l: ls[l] as Block['l'], se: ses[s] });
      }
      return blocks;
    },
    indexOf(arch: Architecture): number {
      let index = 0;
      for (let b = BLOCK_COUNT - 1; b >= 0; b--) {
        const { e: be, k: bk, l: bl, se: bse } = arch[b];
        const [ei, ki, li, si] = [es.indexOf(be), ks.indexOf(bk), layers[b].indexOf(bl), ses.indexOf(bse)];
        if (ei < 0 || ki < 0 || li < 0 || si < 0) return -1;
        index = index * radix[b] + ((ei * ks.length + ki) * layers[b].length + li) * ses.length + si;
      }
      return index;
    },
    sample(rng: Prng): Architecture {
      const blocks: Block[] = [];
      for (let b = 0; b < BLOCK_COUNT; b++) {
        const ls = layers[b];
        blocks.push({
          e: es[rng.int(es.length)],
          k: ks[rng.int(ks.length)],
          l: ls[rng.int(ls.length)] as Block['l'],
          se: ses[rng.int(ses.length)],
        });
      }
      return blocks;
    },
  });
}
