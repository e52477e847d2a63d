import { describe, expect, it } from 'vitest';
import { createPrng } from '../../core/random/prng';
import { naturalMoments } from '../runtime/naturalMoments';
import { calibrateUncertainty, intervalCovers } from './calibrateUncertainty';

function gaussian(rng: { next(): number }): number {
  // Box–Muller.
  return Math.sqrt(-2 * Math.log(1 - rng.next())) * Math.cos(2 * Math.PI * rng.next());
}

/** Residuals whose std is 0.2 + 2·(ensemble std): part noise floor, part model uncertainty. */
function sample(n: number, seed: number, log: boolean) {
  const rng = createPrng(seed);
  const mu = new Float64Array(n);
  const spread = new Float64Array(n);
  const z = new Float64Array(n);
  const y = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    mu[i] = log ? 7 + rng.next() : 50 + 10 * rng.next();
    const ensembleStd = 0.05 + 0.3 * rng.next();
    spread[i] = ensembleStd ** 2;
    const sd = Math.sqrt(0.2 ** 2 + 4 * spread[i]) * (log ? 0.1 : 1);
    z[i] = mu[i] + sd * gaussian(rng);
    y[i] = log ? Math.exp(z[i]) : z[i];
  }
  return { mu, spread, z, y };
}

describe('calibrateUncertainty', () => {
  for (const transform of ['identity', 'log'] as const) {
    it(`covers ~90% of fresh points with mean ± 1.645·std (${transform})`, () => {
      const fit = sample(2000, 1, transform === 'log');
      const c = calibrateUncertainty(transform, fit.mu, fit.spread, fit.z, fit.y);
      expect(c.rho).toBeGreaterThan(0);
      const fresh = sample(20000, 2, transform === 'log');
      let covered = 0;
      for (let i = 0; i < 20000; i++) {
        if (intervalCovers(transform, fresh.mu[i], c.varianceScale * fresh.spread[i] + c.varianceFloor, fresh.y[i])) covered++;
      }
      expect(covered / 20000).toBeGreaterThan(0.88);
      expect(covered / 20000).toBeLessThan(0.92);
    });
  }

  it('maps log-space moments to lognormal mean and std', () => {
    const m = naturalMoments('log', Math.log(100), 0.01);
    expect(m.mean).toBeCloseTo(100 * Math.exp(0.005), 10);
    expect(m.std).toBeCloseTo(m.mean * Math.sqrt(Math.exp(0.01) - 1), 10);
    expect(naturalMoments('identity', 3, 4)).toEqual({ mean: 3, std: 2 });
  });
});
