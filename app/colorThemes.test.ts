// The theme colours of app/colorThemes.css against the backgrounds they are drawn on, from the file itself:
// text ≥ 4.5:1 in both themes, and in the dark theme every data mark ≥ 3:1 on the cards (the light theme's
// marks are the views' original design; its reference lines and interval whiskers stay lighter on purpose).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { contrastRatio } from '@/components/charts/contrastRatio';

const css = readFileSync(fileURLToPath(new URL('./colorThemes.css', import.meta.url)), 'utf8');

/** The hex custom properties declared in the block that opens with `selector {`. */
function block(selector: string): Record<string, string> {
  const start = css.indexOf(`${selector} {`);
  if (start < 0) throw new Error(`colorThemes.css has no "${selector} {" block`);
  const body = css.slice(start, css.indexOf('\n}', start));
  return Object.fromEntries([...body.matchAll(/(--[\w-]+):\s*(#[0-9a-f]{3,6});/gi)].map((m) => [m[1], m[2]]));
}

const light = block(':root');
const dark = { ...light, ...block(":root[data-theme='dark']") };
const TEXT = ['--chart-ink', '--chart-text', '--chart-muted'];
const MARKS = (theme: Record<string, string>) =>
  Object.keys(theme).filter(
    (k) =>
      /^--(cloud|race|device)-/.test(k) ||
      [
        '--chart-point',
        '--chart-front',
        '--chart-front-predicted',
        '--chart-neutral',
        '--chart-blue',
        '--chart-orange',
        '--chart-green',
      ].includes(k) ||
      ['--chart-highlight', '--chart-extrapolated', '--chart-axis', '--chart-kernel-3', '--chart-kernel-5'].includes(k),
  );

describe('colorThemes.css', () => {
  it('redefines for dark only colours the light theme declares (a misspelt name would silently stay light)', () => {
    const redefined = Object.keys(block(":root[data-theme='dark']")).filter((k) => /^--(chart|cloud|race|device)-/.test(k));
    expect(redefined.length).toBeGreaterThanOrEqual(30);
    for (const k of redefined) expect(light, k).toHaveProperty(k);
  });

  for (const [name, theme] of [
    ['light', light],
    ['dark', dark],
  ] as const) {
    it(`${name}: chart text is ≥ 4.5:1 on the card and on the plot background`, () => {
      for (const k of TEXT)
        for (const bg of ['--chart-surface', '--chart-plot'])
          expect(contrastRatio(theme[k], theme[bg]), `${k} ${theme[k]} on ${bg} ${theme[bg]}`).toBeGreaterThanOrEqual(4.5);
    });
  }

  it('dark: every data mark is ≥ 3:1 on the card', () => {
    const marks = MARKS(dark);
    expect(marks.length).toBeGreaterThanOrEqual(29);
    for (const k of marks) expect(contrastRatio(dark[k], dark['--chart-surface']), `${k} ${dark[k]}`).toBeGreaterThanOrEqual(3);
  });

  it('light: the device and optimizer colours are ≥ 3:1 on white', () => {
    for (const k of Object.keys(light).filter((k) => /^--(race|device)-/.test(k)))
      expect(contrastRatio(light[k], '#ffffff'), `${k} ${light[k]}`).toBeGreaterThanOrEqual(3);
  });

  it('a colour the ratio cannot read is an error naming it', () => {
    expect(() => contrastRatio('var(--chart-ink)', '#fff')).toThrow(/"var\(--chart-ink\)" is not a #rrggbb/);
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
  });
});
