'use client';
// Predictions for the editor: the current architecture and all 43 of its one-gene neighbours in one
// worker batch, cached by code for the page's life. Every single-gene edit lands on a neighbour that
// is already predicted, so its numbers are shown in the same frame as the edit; the batch for the new
// architecture's neighbours then runs in the background (newest request wins on the 'edit' lane).
import { useEffect, useState } from 'react';
import { formatArchitectureCode } from '@/core/space/architectureCode';
import { packGeneIndex } from '@/core/space/geneIndex';
import type { Architecture } from '@/core/space/searchSpace';
import { GENE_SLOTS, type GeneSlot } from '@/core/search/geneSlots';
import { oneGeneNeighbours } from '@/core/search/oneGeneNeighbours';
import { getSurrogateClient } from '@/workers/surrogate/client';
import type { SurrogateError } from '@/workers/surrogate/protocol';

export interface ArchPrediction {
  /** Per target in the surrogate's column order. */
  mean: Float32Array;
  std: Float32Array;
  /** [members, targets]: each member's model-space value, for the uncertainty of differences (editDifference.ts). */
  members: Float32Array;
  /** Edge score s(x): how far the architecture lies beyond the training box. */
  edge: number;
}

export interface NeighbourEdit {
  arch: Architecture;
  code: string;
  slot: GeneSlot;
  from: number | boolean;
  to: number | boolean;
}

/** Predictions kept per code; old entries are dropped past this many (a long editing session). */
const CACHE_LIMIT = 20_000;
const cache = new Map<string, ArchPrediction>();

function remember(code: string, p: ArchPrediction): void {
  if (cache.size >= CACHE_LIMIT) cache.delete(cache.keys().next().value!);
  cache.set(code, p);
}

/** The 43 one-gene edits of `arch`, in core/search/geneSlots order (as oneGeneNeighbours). */
export function neighbourEdits(arch: Architecture): NeighbourEdit[] {
  const archs = oneGeneNeighbours(arch);
  let k = 0;
  const out: NeighbourEdit[] = [];
  for (const slot of GENE_SLOTS) {
    const from = arch[slot.block][slot.gene];
    for (const to of slot.choices)
      if (to !== from) {
        out.push({ arch: archs[k], code: formatArchitectureCode(archs[k]), slot, from, to });
        k++;
      }
  }
  return out;
}

/** The cached prediction of a code, if any (synchronous: read during render). */
export function cachedPrediction(code: string): ArchPrediction | undefined {
  return cache.get(code);
}

/**
 * Predicts `arch`, its 43 edits and `references` (the architectures the editor compares against: the
 * original and the previous one) with member values; `targets` and `members` are the surrogate's
 * counts (null until it has loaded).
 */
export function useEditPredictions(
  arch: Architecture,
  code: string,
  targets: number | null,
  members: number | null,
  references: readonly { arch: Architecture; code: string }[] = [],
) {
  const [, setVersion] = useState(0);
  const [error, setError] = useState<SurrogateError | null>(null);
  useEffect(() => {
    if (targets === null || members === null) return;
    const edits = neighbourEdits(arch);
    const wanted = [{ arch, code }, ...edits, ...references].filter(
      (a, i, all) => !cache.has(a.code) && all.findIndex((b) => b.code === a.code) === i,
    );
    if (wanted.length === 0) return;
    let live = true;
    getSurrogateClient()
      .predict(packGeneIndex(wanted.map((w) => w.arch)), wanted.length, 'edit', { members: true })
      .then((r) => {
        if (!live) return;
        if (!r.ok) {
          if (r.error.code !== 'superseded') setError(r.error);
          return;
        }
        setError(null);
        wanted.forEach((w, i) => {
          const width = members * targets;
          remember(w.code, {
            mean: r.value.mean.slice(i * targets, (i + 1) * targets),
            std: r.value.std.slice(i * targets, (i + 1) * targets),
            members: r.value.members!.slice(i * width, (i + 1) * width),
            edge: r.value.edge![i],
          });
        });
        setVersion((v) => v + 1);
      });
    return () => {
      live = false;
    };
    // `arch` is a function of `code`, each reference's `arch` of its `code`.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [code, targets, members, references.map((r) => r.code).join()]);
  return { current: cache.get(code), error };
}
