// The tour is data a presenter reads aloud and links users follow: every step must link to a view
// that exists (an /arch link to a valid code), and slugs must be unique (the page switches on them).
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseArchitectureCode } from '@/core/space/architectureCode';
import { TOUR_STEPS } from './tourSteps';

const appDir = fileURLToPath(new URL('../../app/', import.meta.url));

describe('TOUR_STEPS', () => {
  it('are six steps in the order of the tour, with unique slugs', () => {
    expect(TOUR_STEPS.map((s) => s.slug)).toEqual([
      'search-space',
      'surrogates',
      'pareto-fronts',
      'hardware-awareness',
      'proxies',
      'search',
    ]);
  });

  it('link each to a route of the app', () => {
    for (const { view } of TOUR_STEPS) {
      const [, first, rest] = /^\/([a-z]+)(?:\/(.+))?$/.exec(view.href) ?? [];
      expect(first, view.href).toBeDefined();
      if (rest === undefined) expect(existsSync(`${appDir}${first}/page.tsx`), view.href).toBe(true);
      else {
        expect(first).toBe('arch');
        expect(existsSync(`${appDir}arch/[code]/page.tsx`)).toBe(true);
        expect(parseArchitectureCode(rest).ok, rest).toBe(true);
      }
    }
  });

  it('say something in each part: two or three paragraphs, a callout and a link label', () => {
    for (const s of TOUR_STEPS) {
      expect(s.text.length, s.slug).toBeGreaterThanOrEqual(2);
      expect(s.text.length, s.slug).toBeLessThanOrEqual(3);
      expect([s.title, s.lookAt, s.view.label, ...s.text].every((t) => t.trim().length > 0)).toBe(true);
    }
  });

  it('quote the dataset’s size as it is: 5,138 trained architectures', () => {
    const counts = TOUR_STEPS.flatMap((s) => s.text.join(' ').match(/\d{1,3}(,\d{3})+/g) ?? []);
    expect(counts.length).toBeGreaterThan(0);
    expect(new Set(counts)).toEqual(new Set(['5,138']));
  });
});
