// Experiment (issue #13), kept in history only: a dense ReLU network of the given shape timed on onnxruntime-web
// wasm, 100,000 rows and one row. Run: tsx … HIDDEN OUTPUTS ROWS LAYERS
import { encodeOnnxModel, TENSOR_FLOAT, TENSOR_INT64, type OnnxNode } from '../pipeline/encodeOnnxModel';
const F = 80, H = Number(process.argv[2] ?? 128), O = Number(process.argv[3] ?? 22), N = Number(process.argv[4] ?? 2048), L = Number(process.argv[5] ?? 2);
const w = (r: number, c: number) => Array.from({ length: r * c }, () => (Math.random() - 0.5) * 0.1);
const nodes: OnnxNode[] = [];
const inits: any[] = [];
let cur = 'x', dim = F;
for (let l = 0; l < L; l++) {
  inits.push({ name: `w${l}`, dataType: TENSOR_FLOAT, dims: [dim, H], values: w(dim, H) }, { name: `b${l}`, dataType: TENSOR_FLOAT, dims: [H], values: w(1, H) });
  nodes.push({ opType: 'Gemm', name: `g${l}`, inputs: [cur, `w${l}`, `b${l}`], outputs: [`h${l}`] }, { opType: 'Relu', name: `r${l}`, inputs: [`h${l}`], outputs: [`a${l}`] });
  cur = `a${l}`; dim = H;
}
inits.push({ name: 'wo', dataType: TENSOR_FLOAT, dims: [dim, O], values: w(dim, O) }, { name: 'bo', dataType: TENSOR_FLOAT, dims: [O], values: w(1, O) });
nodes.push({ opType: 'Gemm', name: 'go', inputs: [cur, 'wo', 'bo'], outputs: ['out'] });
const bytes = encodeOnnxModel({ irVersion: 10, opsets: [{ domain: '', version: 21 }], producerName: 'p', producerVersion: '1', docString: '',
  graph: { name: 'g', nodes, initializers: inits, inputs: [{ name: 'x', elemType: TENSOR_FLOAT, shape: ['N', F] }], outputs: [{ name: 'out', elemType: TENSOR_FLOAT, shape: ['N', O] }] }, metadata: [] });
const ort = await import('onnxruntime-web/wasm');
ort.env.wasm.numThreads = 1;
const s = await ort.InferenceSession.create(bytes);
const x = new Float32Array(N * F).map(() => Math.random());
const feeds = { x: new ort.Tensor('float32', x, [N, F]) };
for (let i = 0; i < 3; i++) await s.run(feeds);
const t0 = performance.now();
for (let done = 0; done < 100_000; done += N) await s.run(feeds);
const ms = performance.now() - t0;
const one = { x: new ort.Tensor('float32', x.slice(0, F), [1, F]) };
const ts: number[] = []; for (let i = 0; i < 2000; i++) { const a = performance.now(); await s.run(one); ts.push(performance.now() - a); }
ts.sort((a, b) => a - b);
console.log(JSON.stringify({ H, O, N, L, ms100k: Math.round(ms), oneP50us: Math.round(ts[1000] * 1000) }));
