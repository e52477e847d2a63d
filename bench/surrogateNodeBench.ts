// Surrogate query speed outside the browser: onnxruntime-node (1 and 2 threads) and onnxruntime-web's
// wasm build run in Node, each in its own process (surrogates/bench/nodePredict.ts), repeated so
// every figure has a median and a spread.
import { spawnSync } from 'node:child_process';
import { summarize, type Summary } from './summarize';

export interface SurrogateRun {
  label: string;
  singleP50Ms: Summary;
  singleP99Ms: Summary;
  batchMs: Summary;
  batch: number;
  calls: number;
}

interface NodePredictJson {
  single: { p50Ms: number; p99Ms: number };
  batch: { archs: number; totalMs: number };
}

export function surrogateNodeBench(repeats: number, calls: number, batch: number): SurrogateRun[] {
  const configs = [
    { label: 'onnxruntime-node, 1 thread', args: ['--runtime', 'node', '--threads', '1'] },
    { label: 'onnxruntime-node, 2 threads', args: ['--runtime', 'node', '--threads', '2'] },
    { label: 'onnxruntime-web wasm in Node, 1 thread', args: ['--runtime', 'wasm', '--threads', '1'] },
  ];
  return configs.map(({ label, args }) => {
    const runs: NodePredictJson[] = [];
    for (let r = 0; r < repeats; r++) {
      const out = spawnSync(
        process.execPath,
        [
          '--import',
          'tsx',
          'surrogates/bench/nodePredict.ts',
          ...args,
          '--calls',
          String(calls),
          '--batch',
          String(batch),
          '--seed',
          String(r + 1),
        ],
        { encoding: 'utf8' },
      );
      if (out.status !== 0) throw new Error(`${label}: ${out.stderr}`);
      runs.push(JSON.parse(out.stdout) as NodePredictJson);
    }
    return {
      label,
      calls,
      batch,
      singleP50Ms: summarize(runs.map((x) => x.single.p50Ms)),
      singleP99Ms: summarize(runs.map((x) => x.single.p99Ms)),
      batchMs: summarize(runs.map((x) => x.batch.totalMs)),
    };
  });
}
