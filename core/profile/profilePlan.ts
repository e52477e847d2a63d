// What a device profile measures (#12): the 168 kernels, k whole networks to calibrate the kernel sum
// against, and held-out whole networks the fit never sees, to say how good it is. Architectures are
// drawn at random from the whole space, distinct, seeded, so a profile can be repeated exactly.
import { createPrng } from '../random/prng';
import { formatArchitectureCode } from '../space/architectureCode';
import { sampleArchitecture } from '../space/sampleArchitecture';
import type { Architecture } from '../space/searchSpace';
import { allKernels, type Kernel } from './kernelCatalog';

export interface ProfilePlan {
  kernels: Kernel[];
  calibration: Architecture[];
  heldOut: Architecture[];
}

export function profilePlan(calibration: number, heldOut: number, seed = 1): ProfilePlan {
  if (!Number.isInteger(calibration) || calibration < 3) throw new Error(`calibration networks must be an integer ≥ 3, got ${calibration}`);
  if (!Number.isInteger(heldOut) || heldOut < 0) throw new Error(`held-out networks must be an integer ≥ 0, got ${heldOut}`);
  const rng = createPrng(seed);
  const seen = new Set<string>();
  const draw = (n: number) => {
    const out: Architecture[] = [];
    while (out.length < n) {
      const a = sampleArchitecture(rng);
      const code = formatArchitectureCode(a);
      if (seen.has(code)) continue;
      seen.add(code);
      out.push(a);
    }
    return out;
  };
  return { kernels: allKernels(), calibration: draw(calibration), heldOut: draw(heldOut) };
}
