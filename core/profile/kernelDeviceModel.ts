// The kernel-level device model (#12, nn-Meter's idea on this project's additive layer structure): a
// network's time is its layers' kernel times summed, calibrated to whole networks by a line fitted on
// a few of them (the stem, the head and per-run costs are its intercept; kernels timed alone differ
// from kernels inside a network by a roughly constant factor, its slope).
import type { Architecture } from '../space/searchSpace';
import { fitLine } from './fitLine';
import { kernelSum } from './kernelCatalog';

export interface KernelDeviceModel {
  kernelMs: ReadonlyMap<string, number>;
  intercept: number;
  slope: number;
  predictMs(arch: Architecture): number;
}

export function fitKernelDeviceModel(
  kernelMs: ReadonlyMap<string, number>,
  calibration: readonly { arch: Architecture; measuredMs: number }[],
): KernelDeviceModel {
  const { a, b } = fitLine(
    calibration.map((c) => kernelSum(c.arch, kernelMs)),
    calibration.map((c) => c.measuredMs),
  );
  return { kernelMs, intercept: a, slope: b, predictMs: (arch) => a + b * kernelSum(arch, kernelMs) };
}
