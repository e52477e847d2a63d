// The landing chart's and the tour's scatter heights at the widths they are drawn at: 1,102 px in the
// 1,280 px desktop layout, 325 px on a 390 px phone (page padding, border and gutter taken off).
import { describe, expect, it } from 'vitest';
import { scatterHeight } from './scatterHeight';

describe('scatterHeight', () => {
  it('keeps the desktop height at desktop widths', () => {
    expect(scatterHeight(1102, 460)).toBe(460);
    expect(scatterHeight(500, 440)).toBe(440);
  });
  it('drops to the phone height below 500 px, in one step', () => {
    expect(scatterHeight(325, 460)).toBe(320);
    expect(scatterHeight(499, 440)).toBe(320);
  });
  it('never makes a chart taller than its desktop height', () => {
    expect(scatterHeight(325, 280)).toBe(280);
  });
});
