// A minimal protocol-buffers writer: just the wire types ONNX needs (varint, 64-bit, length-delimited,
// 32-bit), fields written in the order the caller gives, so the same input always gives the same bytes.
// https://protobuf.dev/programming-guides/encoding/

const WIRE_VARINT = 0;
const WIRE_FIXED64 = 1;
const WIRE_LENGTH = 2;
const WIRE_FIXED32 = 5;

export class ProtobufWriter {
  private buf = new Uint8Array(1024);
  private len = 0;

  private reserve(extra: number): void {
    if (this.len + extra <= this.buf.length) return;
    let size = this.buf.length * 2;
    while (size < this.len + extra) size *= 2;
    const next = new Uint8Array(size);
    next.set(this.buf.subarray(0, this.len));
    this.buf = next;
  }

  /** Unsigned varint; negative integers are written as 64-bit two's complement (10 bytes), as int64 requires. */
  private rawVarint(value: number): void {
    if (!Number.isSafeInteger(value)) throw new Error(`varint ${value} is not a safe integer`);
    this.reserve(10);
    if (value < 0) {
      let v = BigInt.asUintN(64, BigInt(value));
      while (v >= 0x80n) {
        this.buf[this.len++] = Number(v & 0x7fn) | 0x80;
        v >>= 7n;
      }
      this.buf[this.len++] = Number(v);
      return;
    }
    let v = value;
    while (v >= 0x80) {
      this.buf[this.len++] = (v % 0x80) | 0x80;
      v = Math.floor(v / 0x80);
    }
    this.buf[this.len++] = v;
  }

  private tag(field: number, wire: number): void {
    this.rawVarint(field * 8 + wire);
  }

  private rawBytes(bytes: Uint8Array): void {
    this.reserve(bytes.length);
    this.buf.set(bytes, this.len);
    this.len += bytes.length;
  }

  /** int32 / int64 / enum / bool field. */
  int(field: number, value: number): this {
    this.tag(field, WIRE_VARINT);
    this.rawVarint(value);
    return this;
  }

  float32(field: number, value: number): this {
    this.tag(field, WIRE_FIXED32);
    this.reserve(4);
    new DataView(this.buf.buffer, this.buf.byteOffset + this.len, 4).setFloat32(0, value, true);
    this.len += 4;
    return this;
  }

  float64(field: number, value: number): this {
    this.tag(field, WIRE_FIXED64);
    this.reserve(8);
    new DataView(this.buf.buffer, this.buf.byteOffset + this.len, 8).setFloat64(0, value, true);
    this.len += 8;
    return this;
  }

  bytes(field: number, value: Uint8Array): this {
    this.tag(field, WIRE_LENGTH);
    this.rawVarint(value.length);
    this.rawBytes(value);
    return this;
  }

  string(field: number, value: string): this {
    return this.bytes(field, new TextEncoder().encode(value));
  }

  /** Embedded message, written by `write` into a fresh writer. */
  message(field: number, write: (w: ProtobufWriter) => void): this {
    const inner = new ProtobufWriter();
    write(inner);
    return this.bytes(field, inner.finish());
  }

  /** Packed repeated int32 / int64 (proto3's default encoding for repeated scalars). */
  packedInts(field: number, values: ArrayLike<number>): this {
    const inner = new ProtobufWriter();
    for (let i = 0; i < values.length; i++) inner.rawVarint(values[i]);
    return this.bytes(field, inner.finish());
  }

  /** Packed repeated float (32-bit). */
  packedFloats(field: number, values: ArrayLike<number>): this {
    const out = new Uint8Array(values.length * 4);
    const view = new DataView(out.buffer);
    for (let i = 0; i < values.length; i++) view.setFloat32(i * 4, values[i], true);
    return this.bytes(field, out);
  }

  finish(): Uint8Array {
    return this.buf.slice(0, this.len);
  }
}
