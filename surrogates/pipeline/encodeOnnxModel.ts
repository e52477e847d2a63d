// Serialises the small subset of onnx.proto the surrogate graph uses (ModelProto, GraphProto,
// NodeProto, AttributeProto, TensorProto, ValueInfoProto) with fixed field order and raw
// little-endian tensor data, so equal graphs give equal bytes.
// Field numbers: https://github.com/onnx/onnx/blob/main/onnx/onnx.proto
import { ProtobufWriter } from './protobufWriter';

export const TENSOR_FLOAT = 1;
export const TENSOR_UINT8 = 2;
export const TENSOR_INT64 = 7;
export const TENSOR_BOOL = 9;
export const TENSOR_DOUBLE = 11;

export interface OnnxTensor {
  name?: string;
  dataType: typeof TENSOR_FLOAT | typeof TENSOR_UINT8 | typeof TENSOR_INT64 | typeof TENSOR_BOOL | typeof TENSOR_DOUBLE;
  dims: number[];
  values: ArrayLike<number>;
}

export type OnnxAttribute =
  | { name: string; kind: 'int'; value: number }
  | { name: string; kind: 'ints'; value: ArrayLike<number> }
  | { name: string; kind: 'float'; value: number }
  | { name: string; kind: 'string'; value: string }
  | { name: string; kind: 'tensor'; value: OnnxTensor };

export interface OnnxNode {
  opType: string;
  domain?: string;
  name: string;
  inputs: string[];
  outputs: string[];
  attributes?: OnnxAttribute[];
}

export interface OnnxValueInfo {
  name: string;
  elemType: number;
  /** A number is a fixed size, a string a symbolic one (e.g. "N"). */
  shape: (number | string)[];
}

export interface OnnxModel {
  irVersion: number;
  opsets: { domain: string; version: number }[];
  producerName: string;
  producerVersion: string;
  docString: string;
  graph: {
    name: string;
    nodes: OnnxNode[];
    initializers: OnnxTensor[];
    inputs: OnnxValueInfo[];
    outputs: OnnxValueInfo[];
  };
  metadata: [string, string][];
}

const ATTR_FLOAT = 1;
const ATTR_INT = 2;
const ATTR_STRING = 3;
const ATTR_TENSOR = 4;
const ATTR_INTS = 7;

function rawData(t: OnnxTensor): Uint8Array {
  const n = t.values.length;
  switch (t.dataType) {
    case TENSOR_FLOAT: {
      const out = new Uint8Array(n * 4);
      const view = new DataView(out.buffer);
      for (let i = 0; i < n; i++) view.setFloat32(i * 4, t.values[i], true);
      return out;
    }
    case TENSOR_DOUBLE: {
      const out = new Uint8Array(n * 8);
      const view = new DataView(out.buffer);
      for (let i = 0; i < n; i++) view.setFloat64(i * 8, t.values[i], true);
      return out;
    }
    case TENSOR_INT64: {
      const out = new Uint8Array(n * 8);
      const view = new DataView(out.buffer);
      for (let i = 0; i < n; i++) view.setBigInt64(i * 8, BigInt(t.values[i]), true);
      return out;
    }
    case TENSOR_UINT8:
    case TENSOR_BOOL:
      return Uint8Array.from(t.values);
  }
}

function writeTensor(w: ProtobufWriter, t: OnnxTensor): void {
  w.packedInts(1, t.dims);
  w.int(2, t.dataType);
  if (t.name) w.string(8, t.name);
  w.bytes(9, rawData(t));
}

function writeAttribute(w: ProtobufWriter, a: OnnxAttribute): void {
  w.string(1, a.name);
  switch (a.kind) {
    case 'float':
      w.float32(2, a.value);
      w.int(20, ATTR_FLOAT);
      break;
    case 'int':
      w.int(3, a.value);
      w.int(20, ATTR_INT);
      break;
    case 'string':
      w.string(4, a.value);
      w.int(20, ATTR_STRING);
      break;
    case 'tensor':
      w.message(5, (m) => writeTensor(m, a.value));
      w.int(20, ATTR_TENSOR);
      break;
    case 'ints':
      w.packedInts(8, a.value);
      w.int(20, ATTR_INTS);
      break;
  }
}

function writeValueInfo(w: ProtobufWriter, v: OnnxValueInfo): void {
  w.string(1, v.name);
  w.message(2, (type) =>
    type.message(1, (tensor) => {
      tensor.int(1, v.elemType);
      tensor.message(2, (shape) => {
        for (const d of v.shape) shape.message(1, (dim) => (typeof d === 'number' ? dim.int(1, d) : dim.string(2, d)));
      });
    }),
  );
}

export function encodeOnnxModel(model: OnnxModel): Uint8Array {
  const w = new ProtobufWriter();
  w.int(1, model.irVersion);
  w.string(2, model.producerName);
  w.string(3, model.producerVersion);
  w.string(6, model.docString);
  w.message(7, (g) => {
    for (const node of model.graph.nodes) {
      g.message(1, (n) => {
        for (const input of node.inputs) n.string(1, input);
        for (const output of node.outputs) n.string(2, output);
        n.string(3, node.name);
        n.string(4, node.opType);
        for (const a of node.attributes ?? []) n.message(5, (m) => writeAttribute(m, a));
        if (node.domain) n.string(7, node.domain);
      });
    }
    g.string(2, model.graph.name);
    for (const t of model.graph.initializers) g.message(5, (m) => writeTensor(m, t));
    for (const v of model.graph.inputs) g.message(11, (m) => writeValueInfo(m, v));
    for (const v of model.graph.outputs) g.message(12, (m) => writeValueInfo(m, v));
  });
  for (const o of model.opsets) w.message(8, (m) => m.string(1, o.domain).int(2, o.version));
  for (const [key, value] of model.metadata) w.message(14, (m) => m.string(1, key).string(2, value));
  return w.finish();
}
