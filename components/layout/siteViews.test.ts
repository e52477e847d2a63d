// The not-found page's way out: every view it offers must be a route of the app (an /arch link to a
// valid code), listed once; the header names each by a short label.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseArchitectureCode } from '@/core/space/architectureCode';
import { SITE_VIEWS } from './siteViews';

const appDir = fileURLToPath(new URL('../../app/', import.meta.url));

describe('SITE_VIEWS', () => {
  it('link each to a page of the app, once', () => {
    expect(new Set(SITE_VIEWS.map((v) => v.href)).size).toBe(SITE_VIEWS.length);
    for (const { href } of SITE_VIEWS) {
      const [, first = '', rest] = /^\/([a-z]*)(?:\/(.+))?$/.exec(href) ?? [];
      if (rest === undefined) expect(existsSync(`${appDir}${first ? `${first}/` : ''}page.tsx`), href).toBe(true);
      else {
        expect(first).toBe('arch');
        expect(parseArchitectureCode(rest).ok, rest).toBe(true);
      }
    }
  });

  it('offer the entry points a lost visitor needs, each with a line on what it is for', () => {
    expect(SITE_VIEWS.map((v) => v.href)).toEqual(expect.arrayContaining(['/', '/tour', '/searches', '/search', '/pareto', '/data']));
    for (const v of SITE_VIEWS) expect(v.description.trim().length, v.href).toBeGreaterThan(10);
  });

  it('give the header a distinct short name for each view, no longer than its full name', () => {
    expect(new Set(SITE_VIEWS.map((v) => v.navLabel)).size).toBe(SITE_VIEWS.length);
    for (const v of SITE_VIEWS) {
      expect(v.navLabel.trim(), v.href).not.toBe('');
      expect(v.navLabel.length, v.href).toBeLessThanOrEqual(v.label.length);
    }
    expect(SITE_VIEWS.find((v) => v.href === '/tour')?.navLabel).toBe('Tour');
    expect(SITE_VIEWS.find((v) => v.href === '/searches')?.navLabel).toBe('Stored searches');
  });
});
