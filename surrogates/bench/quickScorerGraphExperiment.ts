// Experiment (issue #13), kept in history only: QuickScorer-style tree evaluation in plain ONNX ops (per-block leaf
// bitmasks gathered, ANDed, leaf found by a de Bruijn multiply) timed on onnxruntime-web wasm. Run: tsx … TREES ROWS [STOP_AFTER_NODE]
// (needs encodeOnnxModel with uint64 tensors: TENSOR 13 written like int64)
import { encodeOnnxModel, TENSOR_INT64, TENSOR_DOUBLE, type OnnxNode, type OnnxAttribute } from '../pipeline/encodeOnnxModel';
const T = Number(process.argv[2] ?? 640), N = Number(process.argv[3] ?? 1024), G = 4; const STOP = Number(process.argv[4] ?? 99);
const masks = new BigInt64Array(7 * 48 * T);
for (let i = 0; i < masks.length; i++) masks[i] = BigInt.asIntN(64, (BigInt(Math.floor(Math.random() * 2 ** 31)) << 31n) | BigInt(Math.floor(Math.random() * 2 ** 31)));
const leaf = Array.from({ length: T * 64 }, () => Math.random());
const op = (opType: string, inputs: string[], output: string | string[], attributes?: OnnxAttribute[]): OnnxNode => ({ opType, name: Array.isArray(output) ? output[0] : output, inputs, outputs: Array.isArray(output) ? output : [output], attributes });
const TENSOR_UINT64 = 13;
const nodes: OnnxNode[] = [
  op('Add', ['cfg', 'block_offset'], 'cfgo'),
  op('Gather', ['masks', 'cfgo'], 'gathered', [{ name: 'axis', kind: 'int', value: 0 }]),
  op('Split', ['gathered', 'split'], ['m0', 'm1', 'm2', 'm3', 'm4', 'm5', 'm6'], [{ name: 'axis', kind: 'int', value: 1 }]),
  op('BitwiseAnd', ['m0', 'm1'], 'a1'), op('BitwiseAnd', ['a1', 'm2'], 'a2'), op('BitwiseAnd', ['a2', 'm3'], 'a3'),
  op('BitwiseAnd', ['a3', 'm4'], 'a4'), op('BitwiseAnd', ['a4', 'm5'], 'a5'), op('BitwiseAnd', ['a5', 'm6'], 'a6'),
  op('Mul', ['a6', 'debruijn'], 'h'),
  op('Cast', ['h'], 'hu', [{ name: 'to', kind: 'int', value: TENSOR_UINT64 }]),
  op('BitShift', ['hu', 'shift'], 'su', [{ name: 'direction', kind: 'string', value: 'RIGHT' }]),
  op('Cast', ['su'], 'si', [{ name: 'to', kind: 'int', value: TENSOR_INT64 }]),
  op('Add', ['si', 'tree_offset'], 'li'),
  op('Gather', ['leaf', 'li'], 'lv', [{ name: 'axis', kind: 'int', value: 0 }]),
  op('Reshape', ['lv', 'gshape'], 'lg'),
  op('ReduceSum', ['lg', 'axis2'], 'out', [{ name: 'keepdims', kind: 'int', value: 0 }]),
];
const kept = nodes.slice(0, STOP); const lastOut = kept[kept.length-1].outputs[kept[kept.length-1].outputs.length-1];
const bytes = encodeOnnxModel({
  irVersion: 10, opsets: [{ domain: '', version: 21 }], producerName: 'p', producerVersion: '1', docString: '',
  graph: { name: 'g', nodes: kept, initializers: [
    { name: 'block_offset', dataType: TENSOR_INT64, dims: [7], values: [0, 48, 96, 144, 192, 240, 288] },
    { name: 'masks', dataType: TENSOR_INT64, dims: [336, T], values: masks as never },
    { name: 'split', dataType: TENSOR_INT64, dims: [7], values: [1, 1, 1, 1, 1, 1, 1] },
    { name: 'debruijn', dataType: TENSOR_INT64, dims: [], values: [0x03f79d71b4cb0a89n] as never },
    { name: 'shift', dataType: TENSOR_UINT64 as never, dims: [], values: [58] },
    { name: 'tree_offset', dataType: TENSOR_INT64, dims: [T], values: Array.from({ length: T }, (_, t) => t * 64) },
    { name: 'leaf', dataType: TENSOR_DOUBLE, dims: [T * 64], values: leaf },
    { name: 'gshape', dataType: TENSOR_INT64, dims: [3], values: [-1, G, T / G] },
    { name: 'axis2', dataType: TENSOR_INT64, dims: [1], values: [2] },
  ], inputs: [{ name: 'cfg', elemType: TENSOR_INT64, shape: ['N', 7] }], outputs: [{ name: lastOut, elemType: STOP >= 15 ? 11 : STOP === 11 || STOP === 12 ? 13 : 7, shape: STOP === 1 || STOP >= 17 ? ['a', 'b'] : ['a', 'b', 'c'] }] },
  metadata: [],
});
const ort = await import('onnxruntime-web/wasm');
ort.env.wasm.numThreads = 1;
const s = await ort.InferenceSession.create(bytes);
const total = 100_000;
const cfg = new BigInt64Array(N * 7); for (let i = 0; i < cfg.length; i++) cfg[i] = BigInt(Math.floor(Math.random() * 36));
const feeds = { cfg: new ort.Tensor('int64', cfg, [N, 7]) };
for (let i = 0; i < 3; i++) await s.run(feeds);
const t0 = performance.now();
for (let done = 0; done < total; done += N) await s.run(feeds);
const ms = performance.now() - t0;
console.log(JSON.stringify({ T, N, ms100k: Math.round(ms), nsPerTreeRow: +(ms * 1e6 / total / T).toFixed(2) }));
const one = { cfg: new ort.Tensor('int64', cfg.slice(0, 7), [1, 7]) };
const ts: number[] = []; for (let i = 0; i < 2000; i++) { const a = performance.now(); await s.run(one); ts.push(performance.now() - a); }
ts.sort((a, b) => a - b); console.log('one p50 µs', Math.round(ts[1000] * 1000));
