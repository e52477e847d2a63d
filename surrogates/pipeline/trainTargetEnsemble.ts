// Trains one target's surrogate: the additive layer-cost base, K boosted members that differ only in
// their seeds (row and feature subsamples; optionally each distilled from several teachers), then the
// uncertainty calibration on held-out residuals.
import { createPrng, type Prng } from '../../core/random/prng';
import { sampleArchitecture } from '../../core/space/sampleArchitecture';
import type { Architecture } from '../../core/space/searchSpace';
import type { TargetName } from '../../core/targets';
import { featureDomain, edgeScore } from '../runtime/edgeScore';
import { encodeFeatureBatch, FEATURE_NAMES } from '../runtime/encodeFeatures';
import { baseValue, memberMoments } from '../runtime/evaluateSurrogate';
import type { TargetTransform } from '../runtime/naturalMoments';
import type { BaseLink, TargetModel } from '../runtime/surrogateModel';
import { binFeatures } from './binFeatures';
import { calibrateEdgeScale } from './calibrateEdgeScale';
import { calibrateUncertainty, type UncertaintyCalibration } from './calibrateUncertainty';
import { fitDistilledMember, type DistillationPool, type DistillationSettings } from './fitDistilledMember';
import { fitGradientBoosting, type BoostingParams } from './fitGradientBoosting';
import { fitLayerCostModel } from './fitLayerCostModel';

export interface TargetConfig {
  transform: TargetTransform;
  baseLink: BaseLink;
  /** Ridge penalty of the layer-cost base. */
  ridge: number;
  boosting: BoostingParams;
  /** Features the trees may split on (default: all). */
  treeFeatures?: readonly number[];
  /** Members as distilled bags of `boosting` teachers (fitDistilledMember); default: members are the boosters themselves. */
  distill?: DistillationSettings;
}

export interface TargetData {
  archs: readonly Architecture[];
  /** Row-major [archs.length, featureCount] encoder output. */
  features: Float32Array;
  /** Measured values in natural units. */
  y: Float64Array;
}

export interface TrainedTarget {
  model: TargetModel;
  calibration: UncertaintyCalibration & { edgeScale: number; edgePoints: number };
}

/** The edge fold: the training split's own tails along these measures, held out together. */
export interface EdgeFoldSettings {
  /** Feature names (runtime/encodeFeatures.ts) whose tails are held out. */
  measures: readonly string[];
  /** Share per tail and measure. */
  share: number;
}

/**
 * Training rows at least as extreme as the `share` quantile of any of the measures, either side: -1
 * for a kept row, else the group 2·(measure index) + (0 low tail, 1 high tail) of the first tail it is in.
 */
export function edgeFoldRows(features: Float32Array, rows: number, featureCount: number, settings: EdgeFoldSettings): Int32Array {
  const held = new Int32Array(rows).fill(-1);
  for (const [m, name] of settings.measures.entries()) {
    const j = FEATURE_NAMES.indexOf(name);
    if (j < 0) throw new RangeError(`edge fold measure "${name}" is not a feature`);
    const values = Float64Array.from({ length: rows }, (_, i) => features[i * featureCount + j]).sort();
    const k = Math.max(1, Math.round(settings.share * rows));
    const low = values[k - 1];
    const high = values[rows - k];
    for (let i = 0; i < rows; i++) {
      const v = features[i * featureCount + j];
      if (held[i] < 0 && v <= low) held[i] = 2 * m;
      else if (held[i] < 0 && v >= high) held[i] = 2 * m + 1;
    }
  }
  return held;
}

/** Mixes the run seed, target and member into one 32-bit seed (stable across runs and platforms). */
export function memberSeed(seed: number, target: number, member: number): number {
  let h = Math.imul(seed ^ 0x85ebca6b, 0xc2b2ae35) ^ Math.imul(target + 1, 0x27d4eb2f) ^ Math.imul(member + 1, 0x165667b1);
  h = Math.imul(h ^ (h >>> 15), 0x2c1b3c6d);
  return (h ^ (h >>> 13)) >>> 0;
}

/** Fits the base and the members on `data` (no calibration yet: variance terms left at 0). */
function fitEnsemble(
  name: TargetName,
  config: TargetConfig,
  members: number,
  data: TargetData,
  featureCount: number,
  seedOf: (member: number) => number,
): TargetModel {
  const n = data.archs.length;
  const z = Float64Array.from(data.y, (v) => (config.transform === 'log' ? Math.log(v) : v));
  const model: TargetModel = {
    name,
    transform: config.transform,
    baseLink: config.baseLink,
    offset: 0,
    layerCost: null,
    baseFloor: 0,
    members: [],
    varianceScale: 0,
    varianceFloor: 0,
    edgeScale: 0,
  };
  if (config.baseLink === 'none') {
    model.offset = z.reduce((s, v) => s + v, 0) / n;
  } else {
    // u is what the layer costs add up to: z itself, the target (log link) or its reciprocal (negLog).
    const u = Float64Array.from(z, (v) => (config.baseLink === 'additive' ? v : config.baseLink === 'log' ? Math.exp(v) : Math.exp(-v)));
    model.layerCost = fitLayerCostModel(data.archs, u, config.ridge);
    // Keeps log(u) finite anywhere in the space, should the sum dip below zero where no
    // measurement is: half the smallest value seen in training.
    if (config.baseLink !== 'additive') model.baseFloor = 0.5 * u.reduce((m, v) => Math.min(m, v), Infinity);
  }
  const init = new Float64Array(n);
  for (let i = 0; i < n; i++) init[i] = baseValue(model, data.features, i * featureCount);
  const binned = binFeatures(data.features, n, featureCount);
  const distill = config.distill;
  const pool = distill ? distillationPool(model, data, featureCount, distill.poolSize, createPrng(seedOf(0x4000))) : null;
  for (let m = 0; m < members; m++) {
    const rng = createPrng(seedOf(m));
    if (distill && pool)
      model.members.push(fitDistilledMember({ binned, z, init }, pool, featureCount, config.boosting, distill, rng, config.treeFeatures));
    else model.members.push(fitGradientBoosting(binned, z, config.boosting, rng, { init, features: config.treeFeatures }).trees);
  }
  return model;
}

/** The training architectures plus `size` random ones from the space, encoded, with base values, binned. */
function distillationPool(model: TargetModel, data: TargetData, featureCount: number, size: number, rng: Prng): DistillationPool {
  const random = encodeFeatureBatch(Array.from({ length: size }, () => sampleArchitecture(rng)));
  const rows = data.archs.length + size;
  const features = new Float32Array(rows * featureCount);
  features.set(data.features);
  features.set(random, data.archs.length * featureCount);
  const init = new Float64Array(rows);
  for (let i = 0; i < rows; i++) init[i] = baseValue(model, features, i * featureCount);
  return { features, rows, init, binned: binFeatures(features, rows, featureCount) };
}

function subset(data: TargetData, rows: number[], featureCount: number): TargetData {
  const features = new Float32Array(rows.length * featureCount);
  rows.forEach((r, k) => features.set(data.features.subarray(r * featureCount, (r + 1) * featureCount), k * featureCount));
  return { archs: rows.map((r) => data.archs[r]), features, y: Float64Array.from(rows, (r) => data.y[r]) };
}

/**
 * Trains the target's ensemble on `train` and calibrates its uncertainty on held-out residuals: the
 * validation split's, plus (with `calibrationFolds` > 1) out-of-fold residuals of the training split
 * from ensembles refitted without each fold, so the 90% quantile rests on ~4,600 points, not 512.
 */
export function trainTargetEnsemble(
  name: TargetName,
  targetIndex: number,
  config: TargetConfig,
  members: number,
  train: TargetData,
  val: TargetData,
  featureCount: number,
  seed: number,
  calibrationFolds = 0,
  edgeFold: EdgeFoldSettings | null = null,
): TrainedTarget {
  const model = fitEnsemble(name, config, members, train, featureCount, (m) => memberSeed(seed, targetIndex, m));
  const toModel = (v: number) => (config.transform === 'log' ? Math.log(v) : v);

  const mu: number[] = [];
  const spread: number[] = [];
  const y: number[] = [];
  const collect = (fitted: TargetModel, data: TargetData, rows: number[]) => {
    for (const r of rows) {
      const moments = memberMoments(fitted, data.features, r * featureCount);
      mu.push(moments.mu);
      spread.push(moments.spread);
      y.push(data.y[r]);
    }
  };
  collect(
    model,
    val,
    Array.from({ length: val.archs.length }, (_, i) => i),
  );
  if (calibrationFolds > 1) {
    const n = train.archs.length;
    const order = Array.from({ length: n }, (_, i) => i);
    const rng = createPrng(memberSeed(seed, targetIndex, 0x7fff));
    for (let i = n - 1; i > 0; i--) {
      const j = rng.int(i + 1);
      [order[i], order[j]] = [order[j], order[i]];
    }
    const foldConfig: TargetConfig = config.distill
      ? { ...config, distill: { ...config.distill, poolSize: config.distill.calibrationPoolSize } }
      : config;
    for (let f = 0; f < calibrationFolds; f++) {
      const held = order.filter((_, k) => k % calibrationFolds === f).sort((a, b) => a - b);
      const kept = order.filter((_, k) => k % calibrationFolds !== f).sort((a, b) => a - b);
      const foldModel = fitEnsemble(name, foldConfig, members, subset(train, kept, featureCount), featureCount, (m) =>
        memberSeed(seed, targetIndex, 1000 * (f + 1) + m),
      );
      collect(foldModel, train, held);
    }
  }
  const calibration = calibrateUncertainty(
    config.transform,
    Float64Array.from(mu),
    Float64Array.from(spread),
    Float64Array.from(y, toModel),
    Float64Array.from(y),
  );
  model.varianceScale = calibration.varianceScale;
  model.varianceFloor = calibration.varianceFloor;

  // The edge fold: refit without the training split's own tails, predict them, and calibrate G on
  // those residuals with each point's edge score against the fold's box.
  const edge = { mu: [] as number[], spread: [] as number[], edge: [] as number[], y: [] as number[], group: [] as number[] };
  if (edgeFold) {
    const n = train.archs.length;
    const heldMask = edgeFoldRows(train.features, n, featureCount, edgeFold);
    const kept = Array.from({ length: n }, (_, i) => i).filter((i) => heldMask[i] < 0);
    const keptData = subset(train, kept, featureCount);
    const foldConfig: TargetConfig = config.distill
      ? { ...config, distill: { ...config.distill, poolSize: config.distill.calibrationPoolSize } }
      : config;
    const foldModel = fitEnsemble(name, foldConfig, members, keptData, featureCount, (m) => memberSeed(seed, targetIndex, 9000 + m));
    const domain = featureDomain(keptData.features, kept.length, featureCount);
    for (let r = 0; r < n; r++) {
      if (heldMask[r] < 0) continue;
      const moments = memberMoments(foldModel, train.features, r * featureCount);
      edge.mu.push(moments.mu);
      edge.spread.push(moments.spread);
      edge.edge.push(edgeScore(domain, train.features, r * featureCount));
      edge.y.push(train.y[r]);
      edge.group.push(heldMask[r]);
    }
  }
  const edgeScale = calibrateEdgeScale(config.transform, model.varianceScale, model.varianceFloor, {
    mu: Float64Array.from(edge.mu),
    spread: Float64Array.from(edge.spread),
    edge: Float64Array.from(edge.edge),
    y: Float64Array.from(edge.y),
    group: Int32Array.from(edge.group),
  });
  model.edgeScale = edgeScale;
  return { model, calibration: { ...calibration, edgeScale, edgePoints: edge.mu.length } };
}
