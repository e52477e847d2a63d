import { describe, expect, it } from 'vitest';
import { ProtobufWriter } from './protobufWriter';

const hex = (b: Uint8Array) => Buffer.from(b).toString('hex');

describe('ProtobufWriter', () => {
  it('writes the varint example of the protobuf encoding guide (field 1 = 150 → 08 96 01)', () => {
    expect(hex(new ProtobufWriter().int(1, 150).finish())).toBe('089601');
  });

  it('writes a negative int64 as ten bytes of two’s complement', () => {
    expect(hex(new ProtobufWriter().int(1, -1).finish())).toBe('08ffffffffffffffffff01');
  });

  it('writes strings, nested messages and packed ints length-delimited', () => {
    expect(hex(new ProtobufWriter().string(2, 'testing').finish())).toBe('120774657374696e67');
    expect(hex(new ProtobufWriter().message(3, (m) => m.int(1, 150)).finish())).toBe('1a03089601');
    expect(hex(new ProtobufWriter().packedInts(4, [3, 270, 86942]).finish())).toBe('2206038e029ea705');
  });

  it('writes fixed-width floats little-endian', () => {
    expect(hex(new ProtobufWriter().float32(2, 1).finish())).toBe('150000803f');
    expect(hex(new ProtobufWriter().float64(1, 1).finish())).toBe('09000000000000f03f');
  });

  it('grows past its initial buffer without losing bytes', () => {
    const w = new ProtobufWriter();
    for (let i = 0; i < 5000; i++) w.int(1, i);
    const bytes = w.finish();
    expect(bytes.length).toBeGreaterThan(10_000);
    expect(hex(bytes.subarray(bytes.length - 3))).toBe('088727'); // field 1 = 4999
  });
});
