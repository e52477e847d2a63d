// ONNX models as plain data, serialised with `onnx-proto` (protobufjs code generated from the official
// onnx.proto): the surrogate graph (surrogates/pipeline) and the real ANB networks built for device
// profiling (core/network) are written by the same maintained encoder. Tensors carry raw little-endian
// data and every field is set from the model alone, so equal models give equal bytes.
import onnxProto from 'onnx-proto';

const { onnx } = onnxProto;

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

/** ONNX raw_data is little-endian, as every platform JavaScript runs on is in practice; checked, not assumed. */
const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

function rawData(t: OnnxTensor): Uint8Array {
  const n = t.values.length;
  // A network's weights are tens of MB: a Float32Array is taken as its bytes, not copied value by value.
  if (t.dataType === TENSOR_FLOAT && t.values instanceof Float32Array && LITTLE_ENDIAN) {
    return new Uint8Array(t.values.buffer, t.values.byteOffset, t.values.byteLength);
  }
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

const tensor = (t: OnnxTensor) => ({ dims: Array.from(t.dims), dataType: t.dataType, name: t.name, rawData: rawData(t) });

const A = onnx.AttributeProto.AttributeType;
function attribute(a: OnnxAttribute) {
  switch (a.kind) {
    case 'float':
      return { name: a.name, type: A.FLOAT, f: a.value };
    case 'int':
      return { name: a.name, type: A.INT, i: a.value };
    case 'string':
      return { name: a.name, type: A.STRING, s: new TextEncoder().encode(a.value) };
    case 'tensor':
      return { name: a.name, type: A.TENSOR, t: tensor(a.value) };
    case 'ints':
      return { name: a.name, type: A.INTS, ints: Array.from(a.value) };
  }
}

const valueInfo = (v: OnnxValueInfo) => ({
  name: v.name,
  type: {
    tensorType: {
      elemType: v.elemType,
      shape: { dim: v.shape.map((d) => (typeof d === 'number' ? { dimValue: d } : { dimParam: d })) },
    },
  },
});

export function encodeOnnxModel(model: OnnxModel): Uint8Array {
  const message = {
    irVersion: model.irVersion,
    producerName: model.producerName,
    producerVersion: model.producerVersion,
    docString: model.docString,
    graph: {
      name: model.graph.name,
      node: model.graph.nodes.map((n) => ({
        input: n.inputs,
        output: n.outputs,
        name: n.name,
        opType: n.opType,
        domain: n.domain || undefined,
        attribute: (n.attributes ?? []).map(attribute),
      })),
      initializer: model.graph.initializers.map(tensor),
      input: model.graph.inputs.map(valueInfo),
      output: model.graph.outputs.map(valueInfo),
    },
    opsetImport: model.opsets.map((o) => ({ domain: o.domain, version: o.version })),
    metadataProps: model.metadata.map(([key, value]) => ({ key, value })),
  };
  // The generated verifier names the field a wrong value sits in, instead of writing a broken model.
  const problem = onnx.ModelProto.verify(message);
  if (problem) throw new Error(`encodeOnnxModel: ${problem}`);
  return onnx.ModelProto.encode(onnx.ModelProto.fromObject(message)).finish();
}

/** The decoded protobuf, for tests and tools that read a model back (initializer sizes, node list). */
export function decodeOnnxModel(bytes: Uint8Array) {
  return onnx.ModelProto.decode(bytes);
}
