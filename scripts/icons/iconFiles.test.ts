// The committed icons are what scripts/writeIcons.ts writes, and favicon.ico really is an ICO of PNGs:
// parsed here byte by byte, its pixels inflated and compared with the rasterizer's.
import { readFileSync } from 'node:fs';
import { crc32 as zlibCrc32, inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { crc32, PNG_SIGNATURE } from './encodePng';
import { FAVICON_SIZES, iconFiles } from './iconFiles';
import { ICON_SHAPES } from './iconShapes';
import { rasterizeIcon } from './rasterizeIcon';

/** The pixels of a PNG as encodePng writes it (RGBA, 8 bits, filter 0), checking every chunk's CRC. */
function decodePng(png: Buffer): { width: number; height: number; rgba: Uint8Array } {
  expect(png.subarray(0, 8).equals(PNG_SIGNATURE)).toBe(true);
  let at = 8;
  let width = 0;
  let height = 0;
  const idat: Buffer[] = [];
  while (at < png.length) {
    const length = png.readUInt32BE(at);
    const type = png.toString('latin1', at + 4, at + 8);
    const data = png.subarray(at + 8, at + 8 + length);
    expect(png.readUInt32BE(at + 8 + length), `${type} CRC`).toBe(zlibCrc32(png.subarray(at + 4, at + 8 + length)));
    if (type === 'IHDR') {
      width = data.readUInt32BE(0);
      height = data.readUInt32BE(4);
      expect([...data.subarray(8)]).toEqual([8, 6, 0, 0, 0]);
    }
    if (type === 'IDAT') idat.push(data);
    at += 12 + length;
  }
  const rows = inflateSync(Buffer.concat(idat));
  expect(rows.length).toBe(height * (width * 4 + 1));
  const rgba = new Uint8Array(width * height * 4);
  for (let y = 0; y < height; y++) {
    expect(rows[y * (width * 4 + 1)], `row ${y} filter`).toBe(0);
    rgba.set(rows.subarray(y * (width * 4 + 1) + 1, (y + 1) * (width * 4 + 1)), y * width * 4);
  }
  return { width, height, rgba };
}

const pixel = (rgba: Uint8Array, size: number, x: number, y: number) => [...rgba.subarray((y * size + x) * 4, (y * size + x) * 4 + 4)];

describe('app icons', () => {
  it('crc32 gives the standard check value and agrees with zlib', () => {
    expect(crc32(Buffer.from('123456789'))).toBe(0xcbf43926);
    const bytes = Buffer.from('IHDR and some pixels');
    expect(crc32(bytes)).toBe(zlibCrc32(bytes));
  });

  it('draws the tile, the front and the cloud in their colours, with transparent rounded corners', () => {
    const rgba = rasterizeIcon(ICON_SHAPES, 32);
    expect(pixel(rgba, 32, 0, 0)[3]).toBe(0); // outside the radius-7 corner
    expect(pixel(rgba, 32, 16, 2)).toEqual([0x25, 0x63, 0xeb, 255]); // accent tile
    expect(pixel(rgba, 32, 6, 7)).toEqual([255, 255, 255, 255]); // the first front point, r 2.6 around (7, 8)
    expect(pixel(rgba, 32, 7, 16)).toEqual([0x93, 0xc5, 0xfd, 255]); // a cloud point, r 2 around (8, 17)
    // An edge pixel of the corner is partly covered: anti-aliased, neither empty nor opaque.
    const edge = pixel(rgba, 32, 1, 2)[3];
    expect(edge).toBeGreaterThan(0);
    expect(edge).toBeLessThan(255);
  });

  it('app/icon.svg is what writeIcons writes', () => {
    expect(readFileSync('app/icon.svg', 'utf8')).toBe(iconFiles()['app/icon.svg']);
  });

  it('app/favicon.ico holds 16, 32 and 48 px PNGs with the rasterizer’s pixels', () => {
    const ico = readFileSync('app/favicon.ico');
    expect([ico.readUInt16LE(0), ico.readUInt16LE(2), ico.readUInt16LE(4)]).toEqual([0, 1, FAVICON_SIZES.length]);
    FAVICON_SIZES.forEach((size, i) => {
      const e = 6 + 16 * i;
      expect([ico[e], ico[e + 1], ico.readUInt16LE(e + 4), ico.readUInt16LE(e + 6)]).toEqual([size, size, 1, 32]);
      const length = ico.readUInt32LE(e + 8);
      const offset = ico.readUInt32LE(e + 12);
      const png = decodePng(ico.subarray(offset, offset + length));
      expect([png.width, png.height]).toEqual([size, size]);
      expect(Buffer.from(png.rgba).equals(Buffer.from(rasterizeIcon(ICON_SHAPES, size))), `${size} px pixels`).toBe(true);
    });
    const last = 6 + 16 * (FAVICON_SIZES.length - 1);
    expect(ico.readUInt32LE(last + 12) + ico.readUInt32LE(last + 8)).toBe(ico.length);
  });
});
