// `npm run audit:web`: Lighthouse 12.2.3 (desktop preset) on every view in Debian's Chromium, median of
// --runs runs (default 3) per view, written to bench/results/lighthouse.json and .md. Run it on an idle
// machine: Lighthouse's performance score simulates a throttled CPU from the measured main-thread work,
// so anything else running on the two cores shows up as Total Blocking Time.
//   npm run audit:web -- [--url http://127.0.0.1:3000] [--runs 3] [--only /,/pareto]
// Without --url it builds nothing: it starts the production server (`npm start`, so run `npm run build`
// first) on port 3199 with its own database folder, and stops it at the end.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { median } from '@/core/metrics/median';
import { spawn, type ChildProcess } from 'node:child_process';
import { CHROMIUM_ARGS } from '@/scripts/process/chromiumFlags';
import { productionServerArgs, productionServerEnv } from '@/scripts/process/productionServer';
import { waitHealthy } from '@/scripts/process/waitHealthy';

const CHROMIUM_FLAGS = ['--headless=new', ...CHROMIUM_ARGS];

interface RunResult {
  performance: number;
  accessibility: number;
  bestPractices: number;
  seo: number;
  fcpMs: number;
  lcpMs: number;
  tbtMs: number;
  cls: number;
  speedIndexMs: number;
  transferBytes: number;
  domElements: number;
  /** Main-thread tasks of ≥ 50 ms that start after the first contentful paint: their durations. */
  longTasksAfterPaintMs: number[];
}

interface LighthouseAudit {
  numericValue?: number;
  details?: { items?: { startTime?: number; duration?: number }[] };
}

function readRun(lhr: { categories: Record<string, { score: number | null }>; audits: Record<string, LighthouseAudit> }): RunResult {
  const num = (id: string) => lhr.audits[id]?.numericValue ?? Number.NaN;
  const fcp = num('first-contentful-paint');
  const tasks = lhr.audits['long-tasks']?.details?.items ?? [];
  return {
    performance: Math.round((lhr.categories.performance?.score ?? 0) * 100),
    accessibility: Math.round((lhr.categories.accessibility?.score ?? 0) * 100),
    bestPractices: Math.round((lhr.categories['best-practices']?.score ?? 0) * 100),
    seo: Math.round((lhr.categories.seo?.score ?? 0) * 100),
    fcpMs: fcp,
    lcpMs: num('largest-contentful-paint'),
    tbtMs: num('total-blocking-time'),
    cls: num('cumulative-layout-shift'),
    speedIndexMs: num('speed-index'),
    transferBytes: num('total-byte-weight'),
    domElements: num('dom-size'),
    longTasksAfterPaintMs: tasks
      .filter((t) => (t.startTime ?? 0) >= fcp && (t.duration ?? 0) >= 50)
      .map((t) => Math.round(t.duration ?? 0)),
  };
}

/**
 * The views to audit are the ones the header's main navigation links to on the running site (one list,
 * components/layout/siteViews.ts, which scripts may not import), so a new view is audited without an edit here.
 */
async function viewsInNavigation(base: string): Promise<{ href: string; label: string }[]> {
  const html = await (await fetch(base + '/')).text();
  const nav = /<nav aria-label="Main"[^>]*>([\s\S]*?)<\/nav>/.exec(html)?.[1];
  if (!nav) throw new Error(`No <nav aria-label="Main"> on ${base}/: is that ANB Explorer?`);
  const links = [...nav.matchAll(/<li><a[^>]*href="(\/[^"]*)"[^>]*>([^<]+)<\/a><\/li>/g)].map((m) => ({ href: m[1], label: m[2] }));
  return links.filter((l) => !l.href.startsWith('/api/'));
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { url: { type: 'string' }, runs: { type: 'string', default: '3' }, only: { type: 'string' } },
  });
  const runs = Number(values.runs);
  if (!Number.isInteger(runs) || runs < 1) throw new Error(`--runs must be a positive integer, got "${values.runs}"`);
  let server: ChildProcess | null = null;
  let base = values.url;
  if (!base) {
    server = spawn(process.execPath, productionServerArgs(), {
      env: productionServerEnv({ PORT: '3199', HOSTNAME: '127.0.0.1', ANB_DB_DIR: 'build/audit-pglite' }),
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    base = 'http://127.0.0.1:3199';
    await waitHealthy(base, { name: 'the server', child: server, timeoutMs: 300_000 });
  }
  const siteViews = await viewsInNavigation(base);
  const only = values.only?.split(',').filter(Boolean);
  const views = siteViews.filter(
    (v) => !only || only.includes(v.href) || only.some((o) => o !== '/' && v.href.startsWith(`${o.replace(/\/$/, '')}/`)),
  );
  if (views.length === 0) throw new Error(`--only ${values.only} matches no view; views: ${siteViews.map((v) => v.href).join(', ')}`);
  const chrome = await chromeLauncher.launch({ chromePath: '/usr/bin/chromium', chromeFlags: CHROMIUM_FLAGS });
  const perView: { view: string; href: string; runs: RunResult[]; median: RunResult }[] = [];
  try {
    for (const view of views) {
      const results: RunResult[] = [];
      // One unmeasured load first, so the server's own first-request work (compiling, caches) is not in the score.
      await lighthouse(base + view.href, { port: chrome.port, output: 'json', logLevel: 'error' }, desktopConfig);
      for (let r = 0; r < runs; r++) {
        const result = await lighthouse(base + view.href, { port: chrome.port, output: 'json', logLevel: 'error' }, desktopConfig);
        if (!result) throw new Error(`Lighthouse returned nothing for ${view.href}`);
        results.push(readRun(result.lhr as never));
      }
      const med = (pick: (r: RunResult) => number) => median(results.map(pick));
      // The median run by performance score, so the long tasks listed belong to one real run.
      const byScore = [...results].sort((a, b) => a.performance - b.performance);
      const middle = byScore[Math.floor((byScore.length - 1) / 2)];
      const summary: RunResult = {
        performance: med((r) => r.performance),
        accessibility: med((r) => r.accessibility),
        bestPractices: med((r) => r.bestPractices),
        seo: med((r) => r.seo),
        fcpMs: med((r) => r.fcpMs),
        lcpMs: med((r) => r.lcpMs),
        tbtMs: med((r) => r.tbtMs),
        cls: med((r) => r.cls),
        speedIndexMs: med((r) => r.speedIndexMs),
        transferBytes: med((r) => r.transferBytes),
        domElements: med((r) => r.domElements),
        longTasksAfterPaintMs: middle.longTasksAfterPaintMs,
      };
      perView.push({ view: view.label, href: view.href, runs: results, median: summary });
      console.log(
        `${view.href}: performance ${summary.performance} (${results.map((r) => r.performance).join(', ')}), TBT ${Math.round(summary.tbtMs)} ms, CLS ${summary.cls.toFixed(3)}`,
      );
    }
  } finally {
    chrome.kill();
    server?.kill();
  }

  const outDir = path.resolve('bench/results');
  mkdirSync(outDir, { recursive: true });
  const date = new Date().toISOString();
  // The previous audit, for the before/after table (the file this run replaces).
  const previousFile = path.join(outDir, 'lighthouse.json');
  const previous = existsSync(previousFile)
    ? (JSON.parse(readFileSync(previousFile, 'utf8')) as {
        date: string;
        runsPerView: number;
        views: { href: string; median: RunResult }[];
      })
    : null;
  writeFileSync(
    path.join(outDir, 'lighthouse.json'),
    JSON.stringify({ date, lighthouse: '12.2.3', preset: 'desktop', runsPerView: runs, base, views: perView }, null, 2) + '\n',
  );
  const kb = (b: number) => `${Math.round(b / 1024)} KiB`;
  const md = [
    `# Lighthouse 12.2.3, desktop preset (${date})`,
    '',
    `Median of ${runs} runs per view (after one unmeasured load), Debian's Chromium, \`npm run audit:web\`.`,
    '',
    '| view | performance (runs) | accessibility | best practices | SEO | FCP | LCP | TBT | CLS | transferred | DOM elements | tasks ≥ 50 ms after first paint |',
    '|---|---|---|---|---|---|---|---|---|---|---|---|',
    ...perView.map(
      ({ href, runs: rs, median: m }) =>
        `| \`${href}\` | **${m.performance}** (${rs.map((r) => r.performance).join(', ')}) | ${m.accessibility} | ${m.bestPractices} | ${m.seo ?? '–'} | ${Math.round(m.fcpMs)} ms | ${Math.round(m.lcpMs)} ms | ${Math.round(m.tbtMs)} ms | ${m.cls.toFixed(3)} | ${kb(m.transferBytes)} | ${m.domElements} | ${m.longTasksAfterPaintMs.length ? m.longTasksAfterPaintMs.map((d) => `${d} ms`).join(', ') : 'none'} |`,
    ),
    '',
  ];
  if (previous) {
    md.push(
      `## Against the previous audit (${previous.date}, median of ${previous.runsPerView})`,
      '',
      '| view | performance before → now | TBT before → now | CLS before → now | transferred before → now |',
      '|---|---|---|---|---|',
      ...perView.map(({ href, median: m }) => {
        const b = previous.views.find((v) => v.href === href)?.median;
        if (!b)
          return `| \`${href}\` | new → ${m.performance} | new → ${Math.round(m.tbtMs)} ms | new → ${m.cls.toFixed(3)} | new → ${kb(m.transferBytes)} |`;
        return `| \`${href}\` | ${b.performance} → **${m.performance}** | ${Math.round(b.tbtMs)} → ${Math.round(m.tbtMs)} ms | ${b.cls.toFixed(3)} → ${m.cls.toFixed(3)} | ${kb(b.transferBytes)} → ${kb(m.transferBytes)} |`;
      }),
      '',
    );
  }
  writeFileSync(path.join(outDir, 'lighthouse.md'), md.join('\n'));
  console.log(`Wrote ${path.join(outDir, 'lighthouse.md')}`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
