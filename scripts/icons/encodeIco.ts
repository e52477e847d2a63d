// PNG images in one .ico file (the format browsers fetch as /favicon.ico): a 6-byte header, a 16-byte
// entry per image, then the PNGs as they are (PNG inside ICO: every browser since Windows Vista's day).

export interface IcoImage {
  size: number;
  png: Uint8Array;
}

export function encodeIco(images: readonly IcoImage[]): Buffer {
  const header = Buffer.alloc(6 + 16 * images.length);
  header.writeUInt16LE(0, 0);
  header.writeUInt16LE(1, 2); // 1: icon (2 would be a cursor)
  header.writeUInt16LE(images.length, 4);
  let offset = header.length;
  images.forEach(({ size, png }, i) => {
    if (size < 1 || size > 256) throw new Error(`encodeIco: an icon is 1–256 pixels wide, not ${size}`);
    const e = 6 + 16 * i;
    header.writeUInt8(size === 256 ? 0 : size, e); // 0 stands for 256
    header.writeUInt8(size === 256 ? 0 : size, e + 1);
    header.writeUInt8(0, e + 2); // no palette
    header.writeUInt8(0, e + 3);
    header.writeUInt16LE(1, e + 4); // colour planes
    header.writeUInt16LE(32, e + 6); // bits per pixel
    header.writeUInt32LE(png.length, e + 8);
    header.writeUInt32LE(offset, e + 12);
    offset += png.length;
  });
  return Buffer.concat([header, ...images.map((i) => i.png)]);
}
