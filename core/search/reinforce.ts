// REINFORCE (Williams 1992) over the 28 categorical genes: an independent softmax per gene, sampled in
// batches of episodes, moved towards architectures whose reward beats a moving-average baseline.
import { createPrng } from '../random/prng';
import type { Architecture, Block, Gene } from '../space/searchSpace';
import { BLOCK_COUNT } from '../space/searchSpace';
import { defaultObjectiveSettings } from './defaultObjectiveSettings';
import { GENE_SLOTS } from './geneSlots';
import type { ObjectiveSettings, Optimizer } from './optimizer';
import { stepwiseOptimizer } from './stepwiseOptimizer';

export interface ReinforceSettings extends ObjectiveSettings {
  /** Architectures sampled per policy update (ANB's `--episodes`, 6). */
  episodes: number;
  /** Adam step size on the logits. */
  learningRate: number;
  /** Weight of the old baseline in its moving average (ANB's `--baseline_weight`, 0.95). */
  baselineWeight: number;
  /** Weight of the policy's entropy in the objective, against early collapse (ANB's `--entropy_weight`, 1e-5). */
  entropyWeight: number;
}

export interface ReinforceState {
  /** Per block, per gene, the probability of each choice (in `geneChoices` order); each row sums to 1. */
  probabilities: Record<Gene, number[]>[];
  /** Moving average of the reward, or null before the first evaluation. */
  baseline: number | null;
  updates: number;
}

/**
 * ANB trains an LSTM controller with Adam at 3.5e-4; a factorised policy has 69 logits instead of
 * thousands of weights, so it takes larger steps: with Adam each logit moves about `learningRate` per
 * update whatever the reward's unit (% or fraction), and 0.05 lets a 600-evaluation run (100 updates)
 * commit to a choice while still exploring for the first few dozen updates.
 */
export const reinforceDefaults: ReinforceSettings = {
  ...defaultObjectiveSettings,
  episodes: 6,
  learningRate: 0.05,
  baselineWeight: 0.95,
  entropyWeight: 1e-5,
};

const ADAM_BETA1 = 0.9;
const ADAM_BETA2 = 0.999;
const ADAM_EPSILON = 1e-8;

function softmax(logits: Float64Array): Float64Array {
  let max = -Infinity;
  for (const z of logits) if (z > max) max = z;
  const p = logits.map((z) => Math.exp(z - max));
  let sum = 0;
  for (const q of p) sum += q;
  return p.map((q) => q / sum);
}

export function reinforce(settings: ReinforceSettings, seed: number): Optimizer<ReinforceState> {
  const episodes = Math.max(1, Math.floor(settings.episodes));
  const rng = createPrng(seed);
  // Zero logits: the uniform policy, as random sampling from ConfigSpace.
  const logits = GENE_SLOTS.map((s) => new Float64Array(s.choices.length));
  const adamM = GENE_SLOTS.map((s) => new Float64Array(s.choices.length));
  const adamV = GENE_SLOTS.map((s) => new Float64Array(s.choices.length));
  let baseline: number | null = null;
  let updates = 0;
  let sampled: number[][] = [];

  const sample = (): { arch: Architecture; choice: number[] } => {
    const choice = logits.map((z) => {
      const p = softmax(z);
      let u = rng.next();
      for (let c = 0; c < p.length - 1; c++) {
        if (u < p[c]) return c;
        u -= p[c];
      }
      return p.length - 1;
    });
    const blocks: Record<string, number | boolean>[] = Array.from({ length: BLOCK_COUNT }, () => ({}));
    GENE_SLOTS.forEach((slot, g) => (blocks[slot.block][slot.gene] = slot.choices[choice[g]]));
    return { arch: blocks as unknown as Block[], choice };
  };

  const update = (rewards: number[]): void => {
    // ANB (PolicyGradientSimulated.multi_solve_environment) folds every reward of the batch into the
    // baseline first, the very first reward seeding it, and then scores all episodes against that one value.
    for (const r of rewards) baseline = baseline === null ? r : baseline * settings.baselineWeight + r * (1 - settings.baselineWeight);
    const b = baseline as number;
    updates++;
    logits.forEach((z, g) => {
      const p = softmax(z);
      // Gradient of the objective (to ascend): mean over episodes of (R − b)·∇log p(choice) = (R − b)(onehot − p),
      // plus the entropy bonus β·∇H with ∂H/∂z_j = −p_j (log p_j + H). ANB's loss is the negation of this,
      // except that its entropy sums −p log p over the sampled choices only; this is the full per-gene entropy.
      const grad = new Float64Array(p.length);
      rewards.forEach((r, e) => {
        const advantage = (r - b) / rewards.length;
        const c = sampled[e][g];
        for (let j = 0; j < p.length; j++) grad[j] += advantage * ((j === c ? 1 : 0) - p[j]);
      });
      let entropy = 0;
      for (const q of p) if (q > 0) entropy -= q * Math.log(q);
      for (let j = 0; j < p.length; j++) if (p[j] > 0) grad[j] -= settings.entropyWeight * p[j] * (Math.log(p[j]) + entropy);
      // Adam (Kingma & Ba 2015), as ANB's `optim.Adam`, with bias correction.
      const m = adamM[g];
      const v = adamV[g];
      for (let j = 0; j < p.length; j++) {
        m[j] = ADAM_BETA1 * m[j] + (1 - ADAM_BETA1) * grad[j];
        v[j] = ADAM_BETA2 * v[j] + (1 - ADAM_BETA2) * grad[j] * grad[j];
        const mHat = m[j] / (1 - ADAM_BETA1 ** updates);
        const vHat = v[j] / (1 - ADAM_BETA2 ** updates);
        z[j] += settings.learningRate * (mHat / (Math.sqrt(vHat) + ADAM_EPSILON));
      }
    });
  };

  return stepwiseOptimizer<ReinforceState>(
    {
      propose: () => {
        const batch = Array.from({ length: episodes }, sample);
        sampled = batch.map((s) => s.choice);
        return batch.map((s) => s.arch);
      },
      learn: (results) => update(results.map((r) => r.reward)),
      state: () => {
        const probabilities: Record<Gene, number[]>[] = Array.from({ length: BLOCK_COUNT }, () => ({ e: [], k: [], l: [], se: [] }));
        GENE_SLOTS.forEach((slot, g) => (probabilities[slot.block][slot.gene] = Array.from(softmax(logits[g]))));
        return { probabilities, baseline, updates };
      },
    },
    settings,
  );
}
