// What drawCloud puts on the canvas, read from a recording 2-D context: the predicted cloud's density
// raster pixel by pixel (bins, log-scaled alpha, clipping to the plot box, device pixel ratio) and the
// measured discs as path calls; and nearestPoint's hit test.
import { describe, expect, it } from 'vitest';
import {
  createCloudDrawCache,
  drawCloud,
  EDGE_RGB,
  FAR_RGB,
  MEASURED_RGB,
  nearestPoint,
  LIGHT_CLOUD_COLOURS,
  NO_VALUE_FILL,
  PREDICTED_RGB,
  type CloudPoints,
  type PlotBox,
} from './drawCloud';

interface FakeImage {
  width: number;
  height: number;
  data: Uint8ClampedArray;
}

/** A 2-D context that records every call (and fillStyle assignments) and keeps created images. */
function recordingContext(width: number, height: number) {
  const calls: [string, ...unknown[]][] = [];
  const images: FakeImage[] = [];
  const record =
    (name: string) =>
    (...args: unknown[]) => {
      calls.push([name, ...args]);
    };
  const ctx = {
    canvas: { width, height },
    set fillStyle(v: string) {
      calls.push(['fillStyle', v]);
    },
    createImageData(w: number, h: number): FakeImage {
      const image = { width: w, height: h, data: new Uint8ClampedArray(w * h * 4) };
      images.push(image);
      calls.push(['createImageData', w, h]);
      return image;
    },
    putImageData(image: FakeImage, x: number, y: number) {
      // A copy: the module reuses its buffer on the next frame.
      calls.push(['putImageData', { width: image.width, height: image.height, data: image.data.slice() }, x, y]);
    },
    ...Object.fromEntries(
      ['setTransform', 'clearRect', 'save', 'restore', 'scale', 'beginPath', 'rect', 'clip', 'moveTo', 'arc', 'fill'].map((n) => [
        n,
        record(n),
      ]),
    ),
  };
  return { ctx: ctx as unknown as CanvasRenderingContext2D, calls, images };
}

const identity = (v: number) => v;
const points = (xy: [number, number][], indices: number[] | null = null): CloudPoints => ({
  xs: xy.map((p) => p[0]),
  ys: xy.map((p) => p[1]),
  indices,
  count: xy.length,
});
const BOX: PlotBox = { left: 10, top: 20, width: 30, height: 15 };

/** The [r, g, b, a] of pixel (x, y) of a put image. */
function pixel(image: FakeImage, x: number, y: number): number[] {
  const o = (y * image.width + x) * 4;
  return [...image.data.subarray(o, o + 4)];
}

/** Pixels with any alpha, as "x,y". */
function painted(image: FakeImage): string[] {
  const out: string[] = [];
  for (let y = 0; y < image.height; y++) for (let x = 0; x < image.width; x++) if (pixel(image, x, y)[3] > 0) out.push(`${x},${y}`);
  return out;
}

function putImage(calls: [string, ...unknown[]][]): { image: FakeImage; x: number; y: number } {
  const put = calls.filter((c) => c[0] === 'putImageData');
  expect(put.length).toBe(1);
  return { image: put[0][1] as FakeImage, x: put[0][2] as number, y: put[0][3] as number };
}

describe('drawCloud, predicted cloud', () => {
  it('bins points into 2×2-pixel cells at dpr 1, shading the densest at alpha 0.85 and single points on a log scale', () => {
    const { ctx, calls } = recordingContext(60, 50);
    // Two points in the plot's top-left bin, one in its bottom-right corner, two just outside the box.
    const predicted = points([
      [10, 20],
      [11, 21],
      [39, 34],
      [40, 20],
      [9, 20],
    ]);
    drawCloud(ctx, 1, BOX, identity, identity, predicted, null);
    expect(calls.slice(0, 2)).toEqual([
      ['setTransform', 1, 0, 0, 1, 0, 0],
      ['clearRect', 0, 0, 60, 50],
    ]);
    const { image, x, y } = putImage(calls);
    expect([x, y, image.width, image.height]).toEqual([10, 20, 30, 15]);
    // Bin of 2 points (the maximum): 255 · (0.22 + 0.63) = 216.75 → 217.
    for (const [px, py] of [
      [0, 0],
      [1, 0],
      [0, 1],
      [1, 1],
    ])
      expect(pixel(image, px, py)).toEqual([...PREDICTED_RGB, 217]);
    // Bin of 1 point: 255 · (0.22 + 0.63 · ln 2 / ln 3) = 157.46 → 157. The last bin row is cut to the box's 15th row.
    expect(pixel(image, 28, 14)).toEqual([...PREDICTED_RGB, 157]);
    expect(painted(image)).toEqual(['0,0', '1,0', '0,1', '1,1', '28,14', '29,14']);
  });

  it('works in device pixels at dpr 2: the box doubles and bins are 3×3', () => {
    const { ctx, calls } = recordingContext(120, 100);
    drawCloud(ctx, 2, BOX, identity, identity, points([[10.4, 20.9]]), null);
    const { image, x, y } = putImage(calls);
    expect([x, y, image.width, image.height]).toEqual([20, 40, 60, 30]);
    // (10.4, 20.9) CSS → (20.8, 41.8) device → pixel (0, 1) of the box → bin (0, 0), pixels 0–2 × 0–2; alone, it is the maximum.
    expect(painted(image)).toEqual(['0,0', '1,0', '2,0', '0,1', '1,1', '2,1', '0,2', '1,2', '2,2']);
    expect(pixel(image, 2, 2)).toEqual([...PREDICTED_RGB, 217]);
  });

  it('draws only the given indices', () => {
    const { ctx, calls } = recordingContext(60, 50);
    drawCloud(
      ctx,
      1,
      BOX,
      identity,
      identity,
      points(
        [
          [10, 20],
          [20, 30],
          [30, 30],
        ],
        [1],
      ),
      null,
    );
    expect(painted(putImage(calls).image)).toEqual(['10,10', '11,10', '10,11', '11,11']);
  });

  it('clears the reused buffer between frames', () => {
    const { ctx, calls } = recordingContext(60, 50);
    drawCloud(ctx, 1, BOX, identity, identity, points([[10, 20]]), null);
    calls.length = 0;
    drawCloud(ctx, 1, BOX, identity, identity, points([[39, 34]]), null);
    expect(painted(putImage(calls).image)).toEqual(['28,14', '29,14']);
  });

  it('colours a bin by the most extrapolated prediction in it, at least half opaque', () => {
    const { ctx, calls } = recordingContext(60, 50);
    // Bin (0,0): 3 points in the data; bin (5,0): one at the edge beside one in; bin (10,0): one far, one edge.
    const predicted: CloudPoints = {
      ...points([
        [10, 20],
        [11, 20],
        [10, 21],
        [20, 20],
        [21, 20],
        [30, 20],
        [31, 21],
      ]),
      ood: [0, 0, 0, 1, 0, 2, 1],
    };
    drawCloud(ctx, 1, BOX, identity, identity, predicted, null);
    const { image } = putImage(calls);
    expect(pixel(image, 0, 0)).toEqual([...PREDICTED_RGB, 217]);
    // 2 of at most 3 points: 255 · (0.22 + 0.63 · ln 3 / ln 4) = 183.0 → 183, above the 0.55 floor (140).
    expect(pixel(image, 10, 0)).toEqual([...EDGE_RGB, 183]);
    expect(pixel(image, 20, 0)).toEqual([...FAR_RGB, 183]);
  });

  it("draws in the colours it is given (the dark theme's --cloud-* values), level by level", () => {
    const { ctx, calls } = recordingContext(60, 50);
    const dark = { predicted: [148, 163, 184], edge: [245, 158, 11], far: [251, 113, 133], measured: [96, 165, 250] } as const;
    const predicted: CloudPoints = {
      ...points([
        [10, 20],
        [20, 20],
        [30, 20],
      ]),
      ood: [0, 1, 2],
    };
    drawCloud(ctx, 1, BOX, identity, identity, predicted, points([[15, 25]]), dark);
    const { image } = putImage(calls);
    expect(pixel(image, 0, 0)).toEqual([...dark.predicted, 217]);
    expect(pixel(image, 10, 0)).toEqual([...dark.edge, 217]);
    expect(pixel(image, 20, 0)).toEqual([...dark.far, 217]);
    expect(calls).toContainEqual(['fillStyle', 'rgba(96, 165, 250, 0.45)']);
  });

  it('puts no image for an empty cloud', () => {
    const { ctx, calls } = recordingContext(60, 50);
    drawCloud(ctx, 1, BOX, identity, identity, points([]), null);
    drawCloud(ctx, 1, BOX, identity, identity, points([[10, 20]], []), null);
    drawCloud(ctx, 1, BOX, identity, identity, null, null);
    expect(calls.map((c) => c[0])).toEqual(['setTransform', 'clearRect', 'setTransform', 'clearRect', 'setTransform', 'clearRect']);
  });
});

describe('drawCloud with a CloudDrawCache, a streamed cloud', () => {
  const all: [number, number][] = [
    [10, 20],
    [11, 21],
    [39, 34],
    [20, 25],
    [20, 25],
    [21, 24],
  ];
  /** The first `count` points of `all`, as a batch of the stream `source` delivers them. */
  const prefix = (count: number, source: unknown): CloudPoints => ({ ...points(all), count, source });
  /** An identity scale that counts the points it maps. */
  const counting = () => {
    const scale = Object.assign((v: number) => (scale.calls++, v), { calls: 0 });
    return scale;
  };

  it('bins only the points added since the last draw and paints what a full draw paints', () => {
    const cache = createCloudDrawCache();
    const source = {};
    const x = counting();
    drawCloud(recordingContext(60, 50).ctx, 1, BOX, x, identity, prefix(2, source), null, LIGHT_CLOUD_COLOURS, cache);
    const before = x.calls;
    const { ctx, calls } = recordingContext(60, 50);
    drawCloud(ctx, 1, BOX, x, identity, prefix(6, source), null, LIGHT_CLOUD_COLOURS, cache);
    // Four new points plus the two calls of the window's key (x(0), x(1)).
    expect(x.calls - before).toBe(4 + 2);
    const full = recordingContext(60, 50);
    drawCloud(full.ctx, 1, BOX, identity, identity, points(all), null);
    expect(putImage(calls).image.data).toEqual(putImage(full.calls).image.data);
  });

  it('bins everything again for another source, another window or fewer points', () => {
    const cache = createCloudDrawCache();
    const source = {};
    const x = counting();
    drawCloud(recordingContext(60, 50).ctx, 1, BOX, x, identity, prefix(3, source), null, LIGHT_CLOUD_COLOURS, cache);
    let before = x.calls;
    drawCloud(recordingContext(60, 50).ctx, 1, BOX, x, identity, prefix(4, {}), null, LIGHT_CLOUD_COLOURS, cache);
    expect(x.calls - before).toBe(4 + 2);
    before = x.calls;
    const shifted = Object.assign((v: number) => (x.calls++, v + 1), {});
    drawCloud(recordingContext(60, 50).ctx, 1, BOX, shifted, identity, prefix(5, cache.density!.source), null, LIGHT_CLOUD_COLOURS, cache);
    expect(x.calls - before).toBe(5 + 2);
    before = x.calls;
    const { ctx, calls } = recordingContext(60, 50);
    drawCloud(ctx, 1, BOX, x, identity, prefix(2, cache.density!.source), null, LIGHT_CLOUD_COLOURS, cache);
    expect(x.calls - before).toBe(2 + 2);
    const full = recordingContext(60, 50);
    drawCloud(full.ctx, 1, BOX, identity, identity, prefix(2, undefined), null);
    expect(putImage(calls).image.data).toEqual(putImage(full.calls).image.data);
  });
});

describe('drawCloud, measured points', () => {
  it('draws discs of radius 2.1 in CSS pixels, clipped to the box, skipping points more than 3 px outside it', () => {
    const { ctx, calls } = recordingContext(120, 100);
    drawCloud(
      ctx,
      2,
      BOX,
      identity,
      identity,
      null,
      points([
        [15, 25],
        [0, 0],
        [8, 18],
        [43, 38],
        [44, 25],
      ]),
    );
    const r = 2.1;
    expect(calls.slice(2)).toEqual([
      ['save'],
      ['scale', 2, 2],
      ['beginPath'],
      ['rect', 10, 20, 30, 15],
      ['clip'],
      ['beginPath'],
      ['moveTo', 15 + r, 25],
      ['arc', 15, 25, r, 0, 2 * Math.PI],
      ['moveTo', 8 + r, 18],
      ['arc', 8, 18, r, 0, 2 * Math.PI],
      ['moveTo', 43 + r, 38],
      ['arc', 43, 38, r, 0, 2 * Math.PI],
      ['fillStyle', `rgba(${MEASURED_RGB.join(', ')}, 0.45)`],
      ['fill'],
      ['restore'],
    ]);
  });

  it('maps data values through the scales', () => {
    const { ctx, calls } = recordingContext(120, 100);
    drawCloud(
      ctx,
      1,
      BOX,
      (v) => 10 + v * 30,
      (v) => 35 - v * 15,
      null,
      points([[0.5, 0.5]], [0]),
    );
    expect(calls.find((c) => c[0] === 'arc')).toEqual(['arc', 25, 27.5, 2.1, 0, 2 * Math.PI]);
  });

  it('coloured by a gene or target, fills each colour bin as its own path, no value last in grey', () => {
    const { ctx, calls } = recordingContext(120, 100);
    const coloured = {
      ...points([
        [15, 25],
        [20, 30],
        [25, 22],
      ]),
      bins: [1, 255, 1],
      palette: ['#440154', '#fde725'],
    };
    drawCloud(ctx, 1, BOX, identity, identity, null, coloured);
    // Per colour: the x of each disc drawn before its fill.
    const fills: [string, number[]][] = [];
    let xs: number[] = [];
    let colour = '';
    for (const c of calls.slice(7)) {
      if (c[0] === 'arc') xs.push(c[1] as number);
      if (c[0] === 'fillStyle') colour = c[1] as string;
      if (c[0] === 'fill') {
        fills.push([colour, xs]);
        xs = [];
      }
    }
    expect(fills).toEqual([
      ['#440154', []],
      ['#fde725', [15, 25]],
      [NO_VALUE_FILL, [20]],
    ]);
  });
});

describe('nearestPoint', () => {
  const row = points([
    [0, 0],
    [10, 0],
    [20, 0],
    [12, 3],
  ]);

  it('finds the nearest point within the radius, and its distance', () => {
    expect(nearestPoint(row, identity, identity, 11, 0, 5)).toEqual({ index: 1, distance: 1 });
    expect(nearestPoint(row, identity, identity, 12, 0, 5)).toEqual({ index: 1, distance: 2 });
    expect(nearestPoint(row, identity, identity, 12, 2, 5)).toEqual({ index: 3, distance: 1 });
  });

  it('counts the radius as inside and gives -1 beyond it', () => {
    expect(nearestPoint(row, identity, identity, 25, 0, 5)).toEqual({ index: 2, distance: 5 });
    expect(nearestPoint(row, identity, identity, 25.5, 0, 5).index).toBe(-1);
  });

  it('searches only the given indices, through the scales', () => {
    expect(nearestPoint({ ...row, indices: [0, 2] }, identity, identity, 11, 0, 5).index).toBe(-1);
    expect(nearestPoint(row, (v) => v * 2, identity, 20, 0, 1)).toEqual({ index: 1, distance: 0 });
  });
});
