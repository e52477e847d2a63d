// The search worker: runs every optimizer of a race AND its surrogate predictions in-process (the one
// onnxruntime-web session of workers/surrogate/loadWebSurrogate), in rounds that batch all runs' asks
// into one prediction, and posts progress in batches of typed arrays. The hardware objective is the
// surrogate's column of the metric, or a profiled device's kernel-level model sent with the spec (#12).
import { createOptimizer } from '@/core/search/createOptimizer';
import type { Optimizer } from '@/core/search/optimizer';
import type { OptimizerId, OptimizerSettings } from '@/core/search/optimizers';
import { optimizerSettings } from '@/core/search/optimizerSettings';
import { searchObjectives, type HardwareObjective } from '@/core/search/searchObjectives';
import { searchResult } from '@/core/search/searchResult';
import { parseArchitectureCode } from '@/core/space/architectureCode';
import type { Architecture } from '@/core/space/searchSpace';
import { oodLevelsOfArchitectures } from '@/surrogates/runtime/oodLevelsOfArchitectures';
import { oodReferenceFromManifest } from '@/surrogates/runtime/oodReferenceFromManifest';
import type { OodLevel } from '@/surrogates/runtime/outOfDistributionLevel';
import { loadWebSurrogate, type WebSurrogate } from '@/workers/surrogate/loadWebSurrogate';
import { raceHardware } from './raceHardware';
import { MAX_RACE_RUNS, type RaceSpec, type RunFinal, type RunProgress, type SearchEvent, type SearchRequest } from './protocol';

interface Race {
  id: number;
  spec: RaceSpec;
  hardware: HardwareObjective;
  optimizers: Optimizer[];
  settings: OptimizerSettings<OptimizerId>[];
  used: number[];
  /** Trajectory length already posted, per run. */
  sent: number[];
  paused: boolean;
  speed: number;
  started: number;
  /** Milliseconds spent running (excludes pauses), for the rate. */
  busyMs: number;
  evaluated: number;
}

/** Most architectures one run asks for per round: big enough to batch, small enough to post often. */
const ROUND_ASK = 64;
/** A slice of work before yielding to the message queue (pause, speed) and posting progress. */
const SLICE_MS = 30;

let race: Race | null = null;
let surrogate: WebSurrogate | null = null;
let scheduled = false;

const post = (event: SearchEvent, transfer: Transferable[] = []) => (self as unknown as Worker).postMessage(event, transfer);

async function round(r: Race, surrogate: WebSurrogate, askMax: number): Promise<void> {
  const asked: Architecture[][] = r.optimizers.map((o, i) =>
    r.used[i] < r.spec.budget ? o.ask(Math.min(askMax, r.spec.budget - r.used[i])) : [],
  );
  const all = asked.flat();
  if (all.length === 0) return;
  const { mean } = await surrogate.predict(all);
  const objectives = searchObjectives(all, mean, surrogate.targets.length, surrogate.targets.indexOf(r.spec.accuracy), r.hardware);
  let offset = 0;
  asked.forEach((archs, i) => {
    if (archs.length === 0) return;
    r.optimizers[i].tell(objectives.slice(offset, offset + archs.length));
    offset += archs.length;
    r.used[i] += archs.length;
  });
  r.evaluated += all.length;
}

function postProgress(r: Race): void {
  const runs: RunProgress[] = [];
  const transfer: Transferable[] = [];
  r.optimizers.forEach((o, i) => {
    if (r.sent[i] === r.used[i]) return;
    const t = o.trajectory().slice(r.sent[i]);
    const p: RunProgress = {
      run: i,
      evaluations: r.used[i],
      accuracy: Float64Array.from(t, (q) => q.objectives.accuracy),
      hardware: Float64Array.from(t, (q) => q.objectives.hardware),
      bestReward: Float64Array.from(t, (q) => q.bestReward),
      hypervolume: Float64Array.from(t, (q) => q.hypervolume),
    };
    r.sent[i] = r.used[i];
    runs.push(p);
    transfer.push(p.accuracy.buffer, p.hardware.buffer, p.bestReward.buffer, p.hypervolume.buffer);
  });
  const rate = r.busyMs > 0 ? (r.evaluated / r.busyMs) * 1000 : 0;
  post({ type: 'progress', raceId: r.id, runs, evaluationsPerSecond: rate, paused: r.paused }, transfer);
}

/**
 * Posts the race's results. The best architectures are predicted once more, on every target, for their
 * out-of-distribution level only: the numbers shown stay the race's own.
 */
async function finish(r: Race, surrogate: WebSurrogate): Promise<void> {
  // Ended now, so a late step or tick cannot finish it twice while the levels are predicted.
  race = null;
  const seconds = (performance.now() - r.started) / 1000;
  const bests = r.optimizers.map((o, i) => {
    const result = searchResult(o.trajectory(), r.settings[i]);
    const best = result.trajectory.reduce((b, p) => (p.reward > b.reward ? p : b), result.trajectory[0]);
    return { result, best };
  });
  let levels: OodLevel[];
  try {
    const archs = bests.map(({ best }) => {
      const arch = parseArchitectureCode(best.code);
      if (!arch.ok) throw new Error(`the race's best architecture ${best.code} does not decode: ${arch.error.message}`);
      return arch.value;
    });
    const { mean } = await surrogate.predict(archs);
    levels = oodLevelsOfArchitectures(oodReferenceFromManifest(surrogate.manifest), archs, mean);
  } catch (e) {
    post({ type: 'error', raceId: r.id, error: { code: 'surrogate_failed', message: (e as Error).message } });
    return;
  }
  const finals: RunFinal[] = bests.map(({ result, best }, i) => ({
    run: i,
    optimizer: r.spec.runs[i].optimizer,
    seed: r.spec.runs[i].seed,
    hypervolume: result.hypervolume,
    bestCode: best.code,
    bestAccuracy: best.objectives.accuracy,
    bestHardware: best.objectives.hardware,
    bestReward: best.reward,
    bestOod: levels[i],
    frontSize: result.front.length,
  }));
  post({ type: 'done', raceId: r.id, finals, seconds, evaluationsPerSecond: (r.evaluated / r.busyMs) * 1000 });
}

const isDone = (r: Race) => r.used.every((u) => u >= r.spec.budget);

function schedule(delay = 0): void {
  if (scheduled) return;
  scheduled = true;
  setTimeout(() => {
    scheduled = false;
    void tick();
  }, delay);
}

async function tick(): Promise<void> {
  const r = race;
  if (!r || r.paused || !surrogate) return;
  const sliceStart = performance.now();
  // Throttled speeds spend a fixed quota per slice; 0 runs rounds until the slice is used up.
  const quota = r.speed > 0 ? Math.max(1, Math.round((r.speed * SLICE_MS) / 1000)) : Infinity;
  let done = 0;
  try {
    while (race === r && !r.paused && !isDone(r) && done < quota && performance.now() - sliceStart < SLICE_MS) {
      const before = r.evaluated;
      await round(
        r,
        surrogate,
        r.speed > 0 ? Math.max(1, Math.min(ROUND_ASK, Math.ceil((quota - done) / r.optimizers.length))) : ROUND_ASK,
      );
      done += r.evaluated - before;
    }
  } catch (e) {
    post({ type: 'error', raceId: r.id, error: { code: 'surrogate_failed', message: (e as Error).message } });
    race = null;
    return;
  }
  r.busyMs += performance.now() - sliceStart;
  if (race !== r) return;
  postProgress(r);
  if (isDone(r)) void finish(r, surrogate);
  else if (!r.paused) schedule(r.speed > 0 ? Math.max(0, SLICE_MS - (performance.now() - sliceStart)) : 0);
}

async function start(request: Extract<SearchRequest, { type: 'start' }>): Promise<void> {
  const { spec } = request;
  if (spec.runs.length === 0 || spec.runs.length > MAX_RACE_RUNS || !(spec.budget >= 1)) {
    post({
      type: 'error',
      raceId: request.raceId,
      error: { code: 'invalid_request', message: `a race needs 1–${MAX_RACE_RUNS} runs and a budget ≥ 1` },
    });
    return;
  }
  race = null;
  const loaded = await loadWebSurrogate();
  if (!loaded.ok) {
    post({ type: 'error', raceId: request.raceId, error: { code: 'surrogate_failed', message: loaded.error.message } });
    return;
  }
  surrogate = loaded.value;
  const hardware = raceHardware(spec, surrogate.targets);
  if (!hardware.ok) {
    post({ type: 'error', raceId: request.raceId, error: hardware.error });
    return;
  }
  const settings = spec.runs.map((run) => optimizerSettings(run.optimizer, spec) as OptimizerSettings<OptimizerId>);
  race = {
    id: request.raceId,
    spec,
    hardware: hardware.value,
    optimizers: spec.runs.map((run, i) => createOptimizer(run.optimizer, settings[i], run.seed)),
    settings,
    used: spec.runs.map(() => 0),
    sent: spec.runs.map(() => 0),
    paused: request.paused,
    speed: request.speed,
    started: performance.now(),
    busyMs: 0,
    evaluated: 0,
  };
  post({
    type: 'ready',
    raceId: request.raceId,
    surrogateVersion: surrogate.manifest.versionHash,
    threads: surrogate.threads,
    loadMs: surrogate.loadMs,
  });
  if (!race.paused) schedule();
}

self.onmessage = (event: MessageEvent<SearchRequest>) => {
  const request = event.data;
  if (request.type === 'start') {
    void start(request);
    return;
  }
  const r = race;
  if (!r || r.id !== request.raceId) return;
  switch (request.type) {
    case 'pause':
      r.paused = true;
      postProgress(r);
      break;
    case 'resume':
      r.paused = false;
      schedule();
      break;
    case 'speed':
      r.speed = request.speed;
      break;
    case 'step':
      if (!r.paused || !surrogate) break;
      void round(r, surrogate, 1).then(() => {
        if (race !== r || !surrogate) return;
        postProgress(r);
        if (isDone(r)) void finish(r, surrogate);
      });
      break;
  }
};
