// The kernels of kernel-level device profiling (#12, nn-Meter's idea): every distinct MBConv layer the
// search space can put in a network. A layer is fixed by its stage, whether it is the stage's first
// layer (which takes the stage's input width and stride) or a repeat, and its expansion, kernel and
// squeeze-excite: 7 stages × 2 positions × 3 × 2 × 2 = 168 kernels. A network is its stem, its layers
// (each one of these kernels) and its head, so timing the 168 once prices all ~10^11 networks.
import { mbconvLayers, type MbconvLayer } from '../network/networkLayers';
import type { Architecture, Block } from '../space/searchSpace';

export interface Kernel {
  key: string;
  layer: MbconvLayer;
}

/** The kernel a layer is an instance of: "s3.first.e6k5se". */
export function kernelKey(l: MbconvLayer): string {
  return `s${l.stage}.${l.layer === 0 ? 'first' : 'repeat'}.e${l.expansion}k${l.kernel}${l.se ? 'se' : ''}`;
}

/** All 168 kernels, in a fixed order (stage, position, e, k, se). */
export function allKernels(): Kernel[] {
  const byKey = new Map<string, Kernel>();
  for (const e of [1, 4, 6] as const)
    for (const k of [3, 5] as const)
      for (const se of [false, true]) {
        // Two layers per stage give each stage's first layer and a repeat.
        const arch: Architecture = Array.from({ length: 7 }, (): Block => ({ e, k, l: 2, se }));
        for (const layer of mbconvLayers(arch)) byKey.set(kernelKey(layer), { key: kernelKey(layer), layer });
      }
  return [...byKey.values()].sort((a, b) => a.layer.stage - b.layer.stage || a.layer.layer - b.layer.layer || a.key.localeCompare(b.key));
}

/** The kernels of one architecture, with how often each occurs. */
export function architectureKernels(arch: Architecture): Map<string, number> {
  const counts = new Map<string, number>();
  for (const l of mbconvLayers(arch)) counts.set(kernelKey(l), (counts.get(kernelKey(l)) ?? 0) + 1);
  return counts;
}

/** Σ over the architecture's layers of its kernels' times; throws naming a kernel that was not timed. */
export function kernelSum(arch: Architecture, kernelTime: ReadonlyMap<string, number>): number {
  let sum = 0;
  for (const [key, n] of architectureKernels(arch)) {
    const t = kernelTime.get(key);
    if (t === undefined) throw new Error(`kernelSum: kernel ${key} was not timed`);
    sum += n * t;
  }
  return sum;
}
