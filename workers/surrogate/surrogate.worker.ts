/// <reference lib="webworker" />
// The surrogate Web Worker: batch predictions, sampling clouds of up to 200,000 architectures and their
// Pareto fronts, off the main thread. One session for the worker's life (loadWebSurrogate); requests
// on a lane are superseded by newer ones (checked before each batch); every failure is a coded value.
import { paretoFront } from '@/core/metrics/paretoFront';
import { createPrng } from '@/core/random/prng';
import { createFilteredSampler } from '@/core/space/createFilteredSampler';
import { drawDistinct } from '@/core/space/drawDistinct';
import { GENE_COUNT, writeGeneIndex } from '@/core/space/geneIndex';
import { readGeneIndex } from '@/core/space/readGeneIndex';
import type { Architecture } from '@/core/space/searchSpace';
import { target } from '@/core/targets';
import { encodeFeaturesInto, FEATURE_COUNT } from '@/surrogates/runtime/encodeFeatures';
import { OOD_LEVEL_CODES, oodLevelCodes } from '@/surrogates/runtime/oodLevelCodes';
import { differenceCalibrationsFromManifest } from '@/surrogates/runtime/differenceCalibrationsFromManifest';
import { oodReferenceFromManifest } from '@/surrogates/runtime/oodReferenceFromManifest';
import type { OodReference } from '@/surrogates/runtime/outOfDistributionLevel';
import { loadWebSurrogate, type WebSurrogate } from './loadWebSurrogate';
import {
  SAMPLE_LIMITS,
  type CloudProgress,
  type CloudSample,
  type FrontPair,
  type PeerReply,
  type PeerRequest,
  type PeerSetup,
  type ModelOutput,
  type SurrogateError,
  type SurrogateRequestOf,
  type SurrogateResult,
  type SurrogateResults,
  type WorkerReply,
  type WorkerRequest,
} from './protocol';

const scope = self as unknown as DedicatedWorkerGlobalScope;

/** Newest request id per lane: anything older on the lane is dropped. */
const newest = new Map<string, number>();
/** The last cloud's columns (column-major, one Float32Array per target), kept for cloudFronts. */
let lastCloud: { cloudId: number; columns: Float32Array[]; ood: Uint8Array; count: number } | null = null;

/**
 * Rows per session run while sampling. A run has a fixed cost (a few ms) and onnxruntime's tree
 * ensemble costs less per row in bigger batches (measured ~2× less at 8,192 rows than at 512), so
 * batches grow towards ~1 s each: a small first batch paints something at once, and a newer request
 * waits at most one batch.
 */
const CHUNK = { first: 512, min: 512, max: 8192, targetMs: 1000 } as const;

class Superseded extends Error {}

const fail = (code: SurrogateError['code'], message: string): { ok: false; error: SurrogateError } => ({
  ok: false,
  error: { code, message },
});
const stale = (msg: WorkerRequest) => msg.lane !== undefined && newest.get(msg.lane) !== msg.id;
/** Lets queued messages in (a newer request on the lane) between two batches. */
const yieldToMessages = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** `alone` until the page pairs this worker with another (attachPeer, sent before any request). */
let role: 'alone' | 'primary' | 'helper' = 'alone';
/** The primary's line to its helper: requests by id, resolved by the helper's replies. */
let peer: { port: MessagePort; nextId: number; pending: Map<number, (reply: PeerReply) => void> } | null = null;
/** Batches smaller than this stay in one worker: the hop and the copy cost more than they save. */
const SPLIT_MIN_ROWS = 1024;

async function surrogate(): Promise<WebSurrogate> {
  // Paired workers run one wasm thread each: onnxruntime's tree ensemble keeps a session on one
  // core anyway, and two sessions × two threads would only fight over the two cores.
  const r = await loadWebSurrogate(role === 'alone' ? {} : { threads: 1 });
  if (!r.ok) throw Object.assign(new Error(r.error.message), { coded: r.error });
  return r.value;
}

const oodRefs = new WeakMap<WebSurrogate, OodReference>();
/** The model's OOD reference, built once per loaded model. */
function oodRef(model: WebSurrogate): OodReference {
  let ref = oodRefs.get(model);
  if (!ref) oodRefs.set(model, (ref = oodReferenceFromManifest(model.manifest)));
  return ref;
}

function frontsOf(model: WebSurrogate, columns: Float32Array[], ood: Uint8Array, count: number, pairs: readonly FrontPair[]): Int32Array[] {
  // Rows within the training data, gathered once for every pair that asks for them.
  let kept: Int32Array | null = null;
  return pairs.map((p) => {
    const xi = model.targets.indexOf(p.x);
    const yi = model.targets.indexOf(p.y);
    if (xi < 0 || yi < 0) return new Int32Array(0);
    const directions = { x: target(p.x).direction, y: target(p.y).direction };
    if (!p.inDistribution) return paretoFront(columns[xi].subarray(0, count), columns[yi].subarray(0, count), directions);
    kept ??= inDistributionRows(ood, count);
    const xs = new Float32Array(kept.length);
    const ys = new Float32Array(kept.length);
    for (let j = 0; j < kept.length; j++) {
      xs[j] = columns[xi][kept[j]];
      ys[j] = columns[yi][kept[j]];
    }
    return paretoFront(xs, ys, directions).map((j) => kept![j]);
  });
}

/** Rows of [0, count) whose OOD level is in. */
function inDistributionRows(ood: Uint8Array, count: number): Int32Array {
  const out = new Int32Array(count);
  let k = 0;
  for (let i = 0; i < count; i++) if (ood[i] === OOD_LEVEL_CODES.in) out[k++] = i;
  return out.slice(0, k);
}

function checkPairs(model: WebSurrogate, pairs: readonly FrontPair[]): SurrogateError | null {
  const missing = pairs.flatMap((p) => [p.x, p.y]).find((t) => !model.targets.includes(t));
  return missing
    ? { code: 'invalid_request', message: `The surrogate does not predict ${missing}; it predicts ${model.targets.join(', ')}.` }
    : null;
}

async function info(): Promise<SurrogateResult<SurrogateResults['info']>> {
  const model = await surrogate();
  return {
    ok: true,
    value: {
      versionHash: model.manifest.versionHash,
      targets: model.targets,
      units: model.manifest.targets.map((t) => t.unit),
      threads: model.threads,
      workers: peer ? 2 : 1,
      loadMs: model.loadMs,
      ood: oodRef(model),
      differences: differenceCalibrationsFromManifest(model.manifest),
      members: model.manifest.targets[0].members,
    },
  };
}

function askPeer(features: Float32Array, rows: number): Promise<PeerReply> {
  const p = peer!;
  const id = p.nextId++;
  return new Promise((resolve) => {
    p.pending.set(id, resolve);
    const request: PeerRequest = { id, rows, features };
    p.port.postMessage(request, [features.buffer]);
  });
}

/**
 * Predicts `rows` feature rows; with a helper worker, a big batch is halved: the second half goes to
 * the helper first, then this worker runs the first half, so both cores work at once. Should the
 * helper fail, its half runs here.
 */
async function predictRows(model: WebSurrogate, features: Float32Array, rows: number): Promise<ModelOutput> {
  if (!peer || rows < SPLIT_MIN_ROWS) return model.predictFeatures(features, rows);
  const mine = rows >> 1;
  const theirsRows = rows - mine;
  const remote = askPeer(features.slice(mine * FEATURE_COUNT, rows * FEATURE_COUNT), theirsRows);
  const local = await model.predictFeatures(features.subarray(0, mine * FEATURE_COUNT), mine);
  const reply = await remote;
  const other = reply.ok
    ? reply.prediction
    : await model.predictFeatures(features.subarray(mine * FEATURE_COUNT, rows * FEATURE_COUNT), theirsRows);
  const mean = new Float32Array(local.mean.length + other.mean.length);
  const std = new Float32Array(mean.length);
  mean.set(local.mean);
  mean.set(other.mean, local.mean.length);
  std.set(local.std);
  std.set(other.std, local.std.length);
  return { count: rows, mean, std };
}

/** The helper's side: predicts what the primary sends, nothing else. */
function serveAsHelper(port: MessagePort): void {
  // Load now, so the first big batch does not wait for the model.
  void surrogate().catch(() => undefined);
  port.onmessage = async (event: MessageEvent<PeerRequest>) => {
    const { id, rows, features } = event.data;
    let reply: PeerReply;
    try {
      const model = await surrogate();
      reply = { id, ok: true, prediction: await model.predictFeatures(features, rows) };
    } catch (e) {
      const coded = (e as { coded?: SurrogateError }).coded;
      reply = {
        id,
        ok: false,
        error: coded ?? { code: 'runtime_failed', message: `The helper worker failed: ${(e as Error).message ?? String(e)}` },
      };
    }
    port.postMessage(reply, reply.ok ? [reply.prediction.mean.buffer, reply.prediction.std.buffer] : []);
  };
}

function setUpPeer(setup: PeerSetup): void {
  if (setup.kind === 'detachPeer') {
    const p = peer;
    peer = null;
    p?.port.close();
    for (const resolve of p?.pending.values() ?? [])
      resolve({ id: -1, ok: false, error: { code: 'worker_failed', message: 'The helper worker stopped.' } });
    return;
  }
  role = setup.role;
  if (setup.role === 'helper') return serveAsHelper(setup.port);
  const p = { port: setup.port, nextId: 1, pending: new Map<number, (reply: PeerReply) => void>() };
  p.port.onmessage = (event: MessageEvent<PeerReply>) => {
    const resolve = p.pending.get(event.data.id);
    p.pending.delete(event.data.id);
    resolve?.(event.data);
  };
  peer = p;
}

async function predict(req: SurrogateRequestOf<'predict'>): Promise<SurrogateResult<SurrogateResults['predict']>> {
  const { genes, count } = req;
  if (!Number.isInteger(count) || count < 0 || count > SAMPLE_LIMITS.max || genes.length !== count * GENE_COUNT) {
    return fail(
      'invalid_request',
      `predict takes ${GENE_COUNT} gene bytes per architecture for 0–${SAMPLE_LIMITS.max} architectures; got ${genes.length} bytes for ${count}.`,
    );
  }
  const features = new Float32Array(count * FEATURE_COUNT);
  for (let i = 0; i < count; i++) {
    const arch = readGeneIndex(genes, i * GENE_COUNT);
    if (!arch) return fail('invalid_request', `Architecture ${i} has a gene index outside its allowed values.`);
    encodeFeaturesInto(arch, features, i * FEATURE_COUNT);
  }
  const model = await surrogate();
  // Member values are asked for small batches (an architecture and its edits): no split with the helper.
  const p = req.members ? await model.predictFeatures(features, count, { members: true }) : await predictRows(model, features, count);
  return { ok: true, value: { ...p, ood: oodLevelCodes(oodRef(model), features, p.mean, count) } };
}

async function sampleAndPredict(
  msg: WorkerRequest,
  req: SurrogateRequestOf<'sampleAndPredict'>,
): Promise<SurrogateResult<SurrogateResults['sampleAndPredict']>> {
  const { n, seed, filter, fronts: pairs } = req;
  if (!Number.isInteger(n) || n < SAMPLE_LIMITS.min || n > SAMPLE_LIMITS.max) {
    return fail(
      'invalid_request',
      `n is ${n}; allowed: an integer from ${SAMPLE_LIMITS.min} to ${SAMPLE_LIMITS.max.toLocaleString('en-US')}.`,
    );
  }
  if (!Number.isInteger(seed) || seed < 0 || seed > 0xffffffff)
    return fail('invalid_request', `seed is ${seed}; allowed: an integer from 0 to 4294967295.`);
  const sampler = createFilteredSampler(filter);
  if (!sampler.ok) return sampler;
  const model = await surrogate();
  const pairError = checkPairs(model, pairs);
  if (pairError) return { ok: false, error: pairError };

  const started = performance.now();
  const targets = model.targets.length;
  // Distinct architectures: a filtered space smaller than n is drawn whole, each architecture once.
  const draw = drawDistinct(sampler.value, createPrng(seed), n);
  const sample: CloudSample = { requested: n, spaceSize: sampler.value.size };
  const total = draw.count;
  const genes = new Uint8Array(total * GENE_COUNT);
  const mean = new Float32Array(total * targets);
  const std = new Float32Array(total * targets);
  const ood = new Uint8Array(total);
  const columns = Array.from({ length: targets }, () => new Float32Array(total));
  let sampleMs = 0;
  let predictMs = 0;
  let frontsMs = 0;
  let chunk: number = CHUNK.first;
  let features = new Float32Array(0);
  let fronts: Int32Array[] = [];

  for (let offset = 0; offset < total;) {
    if (stale(msg)) throw new Superseded();
    const rows = Math.min(chunk, total - offset);
    const t0 = performance.now();
    if (features.length < rows * FEATURE_COUNT) features = new Float32Array(rows * FEATURE_COUNT);
    for (let i = 0; i < rows; i++) {
      const arch: Architecture = draw.next();
      writeGeneIndex(arch, genes, (offset + i) * GENE_COUNT);
      encodeFeaturesInto(arch, features, i * FEATURE_COUNT);
    }
    const t1 = performance.now();
    const p = await predictRows(model, features.subarray(0, rows * FEATURE_COUNT), rows);
    const levels = oodLevelCodes(oodRef(model), features, p.mean, rows);
    const t2 = performance.now();
    mean.set(p.mean, offset * targets);
    std.set(p.std, offset * targets);
    ood.set(levels, offset);
    for (let i = 0; i < rows; i++) for (let t = 0; t < targets; t++) columns[t][offset + i] = p.mean[i * targets + t];
    const done = offset + rows;
    fronts = frontsOf(model, columns, ood, done, pairs);
    const t3 = performance.now();
    sampleMs += t1 - t0;
    predictMs += t2 - t1;
    frontsMs += t3 - t2;
    if (done < total) {
      const progress: CloudProgress = {
        cloudId: msg.id,
        total,
        sample,
        done,
        offset,
        genes: genes.slice(offset * GENE_COUNT, done * GENE_COUNT),
        mean: p.mean,
        std: p.std,
        ood: levels,
        fronts: fronts.map((f) => f.slice()),
        elapsedMs: t3 - started,
      };
      const reply: WorkerReply = { id: msg.id, kind: 'progress', progress };
      scope.postMessage(reply, [
        progress.genes.buffer,
        progress.mean.buffer,
        progress.std.buffer,
        progress.ood.buffer,
        ...progress.fronts.map((f) => f.buffer),
      ]);
    }
    chunk = Math.round(Math.min(CHUNK.max, Math.max(CHUNK.min, (rows * CHUNK.targetMs) / Math.max(1, t2 - t0))));
    offset = done;
    await yieldToMessages();
  }
  // A copy of the levels: the result's `ood` is transferred to the page, which detaches it here.
  lastCloud = { cloudId: msg.id, columns, ood: ood.slice(), count: total };
  return {
    ok: true,
    value: {
      cloudId: msg.id,
      count: total,
      sample,
      genes,
      mean,
      std,
      ood,
      fronts,
      timings: { sampleMs, predictMs, frontsMs, totalMs: performance.now() - started },
    },
  };
}

async function cloudFronts(req: SurrogateRequestOf<'cloudFronts'>): Promise<SurrogateResult<SurrogateResults['cloudFronts']>> {
  if (!lastCloud || lastCloud.cloudId !== req.cloudId) {
    return fail('unknown_cloud', `Cloud ${req.cloudId} is no longer held by the worker (it keeps only the latest); sample again.`);
  }
  const model = await surrogate();
  const pairError = checkPairs(model, req.fronts);
  if (pairError) return { ok: false, error: pairError };
  return {
    ok: true,
    value: { cloudId: req.cloudId, fronts: frontsOf(model, lastCloud.columns, lastCloud.ood, lastCloud.count, req.fronts) },
  };
}

/** Buffers of a result to transfer rather than copy. */
function transferables(value: unknown): Transferable[] {
  if (!value || typeof value !== 'object') return [];
  const out: Transferable[] = [];
  for (const v of Object.values(value)) {
    if (ArrayBuffer.isView(v) && v.buffer instanceof ArrayBuffer) out.push(v.buffer);
    else if (Array.isArray(v)) for (const x of v) if (ArrayBuffer.isView(x) && x.buffer instanceof ArrayBuffer) out.push(x.buffer);
  }
  // The same buffer listed twice makes postMessage throw.
  return [...new Set(out)];
}

async function handle(msg: WorkerRequest): Promise<void> {
  const { request } = msg;
  let result: SurrogateResult<SurrogateResults[typeof request.type]>;
  try {
    if (stale(msg)) throw new Superseded();
    switch (request.type) {
      case 'info':
        result = await info();
        break;
      case 'predict':
        result = await predict(request);
        break;
      case 'sampleAndPredict':
        result = await sampleAndPredict(msg, request);
        break;
      case 'cloudFronts':
        result = await cloudFronts(request);
        break;
      default:
        result = fail('invalid_request', `Unknown request type ${JSON.stringify((request as { type: unknown }).type)}.`);
    }
  } catch (e) {
    if (e instanceof Superseded) result = fail('superseded', 'A newer request replaced this one.');
    else {
      const coded = (e as { coded?: SurrogateError }).coded;
      result = coded ? { ok: false, error: coded } : fail('runtime_failed', `The surrogate failed: ${(e as Error).message ?? String(e)}`);
    }
  }
  const reply: WorkerReply = { id: msg.id, kind: 'result', type: request.type, result };
  scope.postMessage(reply, result.ok ? transferables(result.value) : []);
}

scope.onmessage = (event: MessageEvent<WorkerRequest | PeerSetup>) => {
  if ('kind' in event.data) return setUpPeer(event.data);
  const msg = event.data;
  if (msg.lane !== undefined) newest.set(msg.lane, Math.max(msg.id, newest.get(msg.lane) ?? -1));
  void handle(msg);
};
