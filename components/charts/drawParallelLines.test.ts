// What drawParallelLines strokes, read from a recording 2-D context: each stroke's colour and the
// moveTo/lineTo points it holds, so the grey, coloured and highlighted paths can be told apart.
import { describe, expect, it } from 'vitest';
import {
  drawParallelLines,
  drawParallelSlice,
  planParallelLines,
  HIGHLIGHT_COLOUR,
  NO_VALUE_COLOUR,
  SELECTED_COLOUR,
  UNSELECTED_COLOUR,
  type ParallelLines,
} from './drawParallelLines';

/** Records each stroke as its colour and the points moved or drawn to since the last beginPath. */
function recordingContext() {
  const strokes: { colour: string; width: number; points: [string, number, number][] }[] = [];
  let points: [string, number, number][] = [];
  const ctx = {
    canvas: { width: 400, height: 200 },
    strokeStyle: '',
    lineWidth: 1,
    globalAlpha: 1,
    lineJoin: 'miter',
    setTransform() {},
    clearRect() {},
    beginPath() {
      points = [];
    },
    moveTo(x: number, y: number) {
      points.push(['M', x, y]);
    },
    lineTo(x: number, y: number) {
      points.push(['L', x, y]);
    },
    stroke() {
      strokes.push({ colour: ctx.strokeStyle, width: ctx.lineWidth, points });
    },
  };
  return { ctx: ctx as unknown as CanvasRenderingContext2D, strokes };
}

// Three rows over two axes at x 10 and 110, axes from y 20 down to y 120.
const base: ParallelLines = {
  count: 3,
  axes: 2,
  units: Float32Array.from([0, 1, 0.5, NaN, 1, 0]),
  xs: [10, 110],
  top: 20,
  height: 100,
  mask: null,
  bins: null,
  palette: null,
  highlighted: [],
};

describe('drawParallelLines', () => {
  it('draws every row in one colour without a brush, breaking a line at a missing value', () => {
    const { ctx, strokes } = recordingContext();
    const drawn = drawParallelLines(ctx, 2, base);
    expect(drawn).toEqual({ selected: 3, perColour: [3], highlighted: 0 });
    const selected = strokes.find((s) => s.colour === SELECTED_COLOUR)!;
    expect(selected.points).toEqual([
      ['M', 10, 120],
      ['L', 110, 20],
      ['M', 10, 70], // row 1 has no second value: a lone moveTo, no segment
      ['M', 10, 20],
      ['L', 110, 120],
    ]);
  });

  it('draws unselected rows grey, selected ones by colour bin, highlighted ones dark on top', () => {
    const { ctx, strokes } = recordingContext();
    const drawn = drawParallelLines(ctx, 1, {
      ...base,
      mask: Uint8Array.from([1, 0, 1]),
      bins: Uint8Array.from([1, 0, 255]),
      palette: ['#440154', '#fde725'],
      highlighted: [1, 7],
    });
    expect(drawn).toEqual({ selected: 2, perColour: [0, 1, 1], highlighted: 1 });
    expect(strokes.map((s) => [s.colour, s.points.length])).toEqual([
      [UNSELECTED_COLOUR, 1],
      ['#fde725', 2],
      [NO_VALUE_COLOUR, 2],
      ['#ffffff', 1],
      [HIGHLIGHT_COLOUR, 1],
    ]);
    expect(strokes.at(-1)!.width).toBe(2.2);
  });

  it('draws the same lines in slices as in one go: the plan orders grey rows first, then each colour', () => {
    const lines: ParallelLines = {
      ...base,
      count: 5,
      units: Float32Array.from([0, 1, 0.5, 0.5, 1, 0, 0.25, 0.75, 0.1, 0.9]),
      mask: Uint8Array.from([1, 0, 1, 1, 0]),
      bins: Uint8Array.from([1, 0, 0, 1, 1]),
      palette: ['#440154', '#fde725'],
    };
    const plan = planParallelLines(lines);
    expect([...plan.order]).toEqual([1, 4, 2, 0, 3]);
    expect([...plan.styles]).toEqual([0, 0, 1, 2, 2]);
    expect(plan.drawn).toEqual({ selected: 3, perColour: [1, 2, 0], highlighted: 0 });

    const whole = recordingContext();
    drawParallelLines(whole.ctx, 1, lines);
    const sliced = recordingContext();
    for (let from = 0; from < 5; from += 2) drawParallelSlice(sliced.ctx, lines, plan, from, from + 2);
    const points = (strokes: { colour: string; points: [string, number, number][] }[]) =>
      strokes.flatMap((s) => s.points.map((p) => [s.colour, ...p]));
    expect(points(sliced.strokes)).toEqual(points(whole.strokes));
    // A slice boundary inside a colour's rows starts a new path: slices [1,4], [2,0], [3].
    expect(sliced.strokes.map((s) => [s.colour, s.points.length])).toEqual([
      [UNSELECTED_COLOUR, 4],
      ['#440154', 2],
      ['#fde725', 2],
      ['#fde725', 2],
    ]);
  });
});
