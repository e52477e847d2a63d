// Matched pairs: measured architectures identical except for one gene of one block. When enough of
// them exist, their differences measure a gene's effect without any model; ANB's random sample of a
// 10¹¹-architecture space contains almost none, which the design-rules page reports.
import type { Architecture, Gene } from '../space/searchSpace';

/** Which change of the gene counts as a pair: a fixed `from` → `to`, or layers `l` → `l + 1`. */
export type GeneChange = { gene: Gene; from: number | boolean; to: number | boolean } | { gene: 'l'; step: 1 };

const GENES: Gene[] = ['e', 'k', 'l', 'se'];

function maskedKey(arch: Architecture, block: number, gene: Gene): string {
  let key = '';
  arch.forEach((b, i) => {
    for (const g of GENES) key += i === block && g === gene ? '_' : String(Number(b[g]));
  });
  return key;
}

function isChange(change: GeneChange, a: number | boolean, b: number | boolean): boolean {
  if ('step' in change) return Number(b) === Number(a) + change.step;
  return a === change.from && b === change.to;
}

/** Index pairs [from, to] of architectures differing only in `change.gene` of `block`, as `change` says. */
export function matchedGenePairs(architectures: Architecture[], block: number, change: GeneChange): [number, number][] {
  const groups = new Map<string, number[]>();
  architectures.forEach((arch, i) => {
    const key = maskedKey(arch, block, change.gene);
    const group = groups.get(key);
    if (group) group.push(i);
    else groups.set(key, [i]);
  });
  const pairs: [number, number][] = [];
  for (const group of groups.values()) {
    for (const i of group) {
      for (const j of group) {
        if (isChange(change, architectures[i][block][change.gene], architectures[j][block][change.gene])) pairs.push([i, j]);
      }
    }
  }
  return pairs;
}
