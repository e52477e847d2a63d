// `npm run bench`: measures speed side by side in one run and writes bench/results/latest.json and
// bench/results/latest.md. Options: --only a,b (sections: pareto, surrogates, browser, server, turns, devices) --quick (short load runs).
// The surrogates section also times ANB's own XGBoost surrogates in Python (bench/xgboostBench.ts;
// Debian's python3-xgboost in /usr/bin/python3, or XGBOOST_PYTHON) and reports ours against them.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import os from 'node:os';
import { paretoBench } from '@/bench/paretoBench';
import { load, startServer, type LoadResult } from '@/bench/serverBench';
import { surrogateNodeBench } from '@/bench/surrogateNodeBench';
import { xgboostBench } from '@/bench/xgboostBench';
import { browserBench, type BrowserBench as BrowserBenchResult } from '@/bench/browserBench';
import { cliProfileBench, transferStudyBench } from '@/bench/deviceBench';
import { browserProfileBench } from '@/bench/deviceBrowserBench';

process.env.NEXT_TELEMETRY_DISABLED = '1';
const args = process.argv.slice(2);
const SECTIONS = ['pareto', 'surrogates', 'browser', 'server', 'turns', 'devices'] as const;
type Section = (typeof SECTIONS)[number];
const onlyArg = args.includes('--only') ? (args[args.indexOf('--only') + 1] ?? '') : SECTIONS.join(',');
const only = onlyArg.split(',').filter(Boolean);
const unknown = only.filter((s) => !(SECTIONS as readonly string[]).includes(s));
if (unknown.length) {
  console.error(
    `Unknown section ${unknown.join(', ')}; sections: ${SECTIONS.join(', ')}. Usage: npm run bench -- [--only pareto,surrogates,browser,server,turns,devices] [--quick]`,
  );
  process.exit(2);
}
const want = (s: Section) => only.includes(s);
/** The markdown heading each section writes, to find it in a previous results file. */
const SECTION_HEADINGS: Record<Section, RegExp> = {
  pareto: /^## Pareto front/,
  surrogates: /^## Surrogate queries/,
  browser: /^## In Chromium/,
  server: /^## Server under load/,
  turns: /^## Requests started per event-loop turn/,
  devices: /^## Profiling your own device/,
};
const quick = args.includes('--quick');

/** The server rows a later run compares with (see the server section). */
interface ServerBaseline {
  date: string;
  rows: LoadResult[];
}

const results: Record<string, unknown> = {
  date: new Date().toISOString(),
  machine: {
    cpus: os.cpus().length,
    cpuModel: os.cpus()[0]?.model,
    memoryGiB: Math.round(os.totalmem() / 2 ** 30),
    node: process.version,
    platform: `${os.platform()} ${os.release()}`,
  },
};
// The results this run replaces: sections not rerun (--only) are kept from it, with their date, and
// the browser goals are compared against it ("before").
const previousJson = existsSync('bench/results/latest.json')
  ? (JSON.parse(readFileSync('bench/results/latest.json', 'utf8')) as Record<string, unknown>)
  : null;
const previousMd = existsSync('bench/results/latest.md') ? readFileSync('bench/results/latest.md', 'utf8') : '';

/** The previous markdown's `## ` sections by heading. */
function previousSections(): Map<string, string> {
  const out = new Map<string, string>();
  for (const part of previousMd.split(/^(?=## )/m).slice(1)) out.set(part.split('\n', 1)[0], part.trimEnd());
  return out;
}

const md: string[] = [
  `# Benchmarks`,
  '',
  `Run ${results.date} on ${os.cpus().length} × ${os.cpus()[0]?.model}, Node ${process.version}.`,
  '',
];

async function main() {
  if (want('pareto')) {
    console.log('pareto: front computation…');
    const r = await paretoBench();
    results.pareto = r;
    md.push('## Pareto front (Node, one thread)', '', '| points | median | p25–p75 | runs |', '|---|---|---|---|');
    for (const [k, v] of Object.entries(r))
      md.push(`| ${k.split('_')[1]} | ${v.median.toFixed(1)} ms | ${v.p25.toFixed(1)}–${v.p75.toFixed(1)} ms | ${v.n} |`);
    md.push('');
  }
  if (want('surrogates')) {
    console.log('surrogates: one architecture × 10,000 calls and a 100,000 batch, per runtime…');
    const runs = surrogateNodeBench(quick ? 1 : 3, quick ? 2000 : 10_000, quick ? 20_000 : 100_000);
    results.surrogates = runs;
    md.push(
      '## Surrogate queries outside the browser (all 11 targets; ours: mean and std)',
      '',
      '| runtime | one architecture p50 | p99 | batch | batch time | runs |',
      '|---|---|---|---|---|---|',
    );
    const row = (r: (typeof runs)[number]) =>
      `| ${r.label} | ${r.singleP50Ms.median.toFixed(3)} ms (${r.singleP50Ms.min.toFixed(3)}–${r.singleP50Ms.max.toFixed(3)}) | ${r.singleP99Ms.median.toFixed(2)} ms | ${r.batch.toLocaleString('en-US')} | ${(r.batchMs.median / 1000).toFixed(2)} s (${(r.batchMs.min / 1000).toFixed(2)}–${(r.batchMs.max / 1000).toFixed(2)}) | ${r.batchMs.n} |`;
    for (const r of runs) md.push(row(r));
    // The reference: ANB's own surrogates (XGBoost, one booster per target) queried from Python.
    console.log("surrogates: the same architectures through ANB's XGBoost surrogates in Python…");
    // One run even in the full bench: ANB's boosters hold ~80,000 trees, so one run of 2,000 single
    // calls (~19 ms each) and the 100,000 batch already takes minutes; its figures have no spread.
    const xgb = await xgboostBench(1, 2000, quick ? 20_000 : 100_000);
    if ('skipped' in xgb) {
      results.xgboost = xgb;
      md.push('', `Python XGBoost: skipped — ${xgb.skipped}`);
    } else {
      for (const r of xgb.runs) md.push(row(r));
      // Ratio = XGBoost time / our time, per our onnxruntime-node run, against XGBoost's first run.
      const ref = xgb.runs[0];
      const times = (x: number) => (x >= 1 ? `${x.toFixed(1)}× faster` : `${(1 / x).toFixed(1)}× slower`);
      const ratios = runs
        .filter((r) => r.label.startsWith('onnxruntime-node'))
        .map((r) => ({
          ours: r.label,
          xgboost: ref.label,
          singleP50: ref.singleP50Ms.median / r.singleP50Ms.median,
          batch: ref.batchMs.median / r.batchMs.median,
        }));
      results.xgboost = { ...xgb, ratios };
      md.push(
        '',
        `ANB's surrogates: one XGBoost booster per target (mean only) trained with ANB's recipe and searched hyperparameters, ${xgb.trees.toLocaleString('en-US')} trees in all (cached in \`${xgb.modelsDir}\`), queried the way the ANB package does (a DMatrix, then \`predict\` per booster) from Python on the same architectures. Batch CPU time ${(xgb.runs[0].batchCpuMs.median / 1000).toFixed(2)} s.`,
        '',
        `| ours vs ${ref.label} | one architecture p50 | batch of ${ref.batch.toLocaleString('en-US')} |`,
        '|---|---|---|',
      );
      for (const r of ratios) md.push(`| ${r.ours} | ${times(r.singleP50)} | ${times(r.batch)} |`);
    }
    md.push('');
  }
  if (want('browser') || want('server') || want('turns')) {
    if (!existsSync('.next/BUILD_ID')) spawnSync('npm', ['run', 'build'], { stdio: 'inherit' });
  }
  if (want('browser')) {
    const { base, child } = await startServer(3191);
    try {
      console.log('browser: /pareto cold and warm start, predicted cloud, editor latency…');
      const b = await browserBench(base, quick ? 1 : 3, quick ? 20_000 : 100_000, quick ? 10 : 40);
      results.browser = b;
      const s = (x: { median: number; min: number; max: number }, unit: string, d = 0) =>
        `${x.median.toFixed(d)} ${unit} (${x.min.toFixed(d)}–${x.max.toFixed(d)})`;
      md.push('## In Chromium (headless, 2 cores, no GPU)', '', '| what | median (min–max) | runs |', '|---|---|---|');
      md.push(`| /pareto cold start: measured chart shown | ${s(b.coldStart.firstChartMs, 'ms')} | ${b.coldStart.firstChartMs.n} |`);
      md.push(
        `| /pareto cold start: bytes transferred (compressed) | ${s({ median: b.coldStart.bytes.median / 1024, min: b.coldStart.bytes.min / 1024, max: b.coldStart.bytes.max / 1024 }, 'KiB')} | ${b.coldStart.bytes.n} |`,
      );
      md.push(
        `| /pareto warm (cached) start: measured chart shown | ${s(b.warmStart.firstChartMs, 'ms')} | ${b.warmStart.firstChartMs.n} |`,
      );
      md.push(
        `| /pareto warm start: bytes transferred | ${s({ median: b.warmStart.bytes.median / 1024, min: b.warmStart.bytes.min / 1024, max: b.warmStart.bytes.max / 1024 }, 'KiB')} | ${b.warmStart.bytes.n} |`,
      );
      md.push(
        `| ${b.cloud.n.toLocaleString('en-US')} architectures sampled and predicted (all targets) in the worker | ${s(b.cloud.totalMs, 'ms')} | ${b.cloud.totalMs.n} |`,
      );
      md.push(
        `| of which the surrogate runs (all targets, mean and std; batches halved between the two workers) | ${s(b.cloud.predictMs, 'ms')} | ${b.cloud.predictMs.n} |`,
      );
      md.push(
        `| /pareto?n=${b.cloud.n}: from navigation to all ${b.cloud.n.toLocaleString('en-US')} predicted points drawn on the chart | ${s(b.cloud.allDrawnMs, 'ms')} | ${b.cloud.allDrawnMs.n} |`,
      );
      md.push(
        `| of which the one canvas draw of the ${b.cloud.n.toLocaleString('en-US')} points (density raster) | ${s(b.cloud.drawMs, 'ms', 1)} | ${b.cloud.drawMs.n} |`,
      );
      if (b.cloud.firstDrawnMs)
        md.push(
          `| /pareto?n=${b.cloud.n}: from navigation to the first predicted points drawn (batches are drawn as they arrive) | ${s(b.cloud.firstDrawnMs, 'ms')} | ${b.cloud.firstDrawnMs.n} |`,
        );
      md.push(`| editor: edit → every new number painted | ${s(b.editor.editToPaintedMs, 'ms', 1)} | ${b.editor.edits} |`);
      md.push(
        `| race \`${b.race.url}\`: evaluations/s (search + all targets predicted, in the worker) | ${s(b.race.evaluationsPerSecond, '/s')} | ${b.race.evaluationsPerSecond.n} |`,
      );
      md.push(`| same race: longest main-thread task | ${s(b.race.longestMainThreadTaskMs, 'ms')} | ${b.race.longestMainThreadTaskMs.n} |`);
      md.push(`| same race: main-thread tasks over 50 ms | ${s(b.race.longTasksOver50ms, '')} | ${b.race.longTasksOver50ms.n} |`);
      md.push('');
    } finally {
      child.kill('SIGTERM');
    }
  }
  if (want('turns')) {
    // The turn scheduler's perTurn (server/http/turnScheduler.ts), re-measured on the compiled server:
    // one server per setting, the rows of the README's table (a 200-connection burst, where too many per
    // turn starves accepts, and 50-connection throughput, where too few costs a turn's fixed costs).
    const seconds = quick ? 5 : 15;
    const settings = [2, 16, 64];
    const paths: [string, number][] = [
      ['/api/v1/stats', 200],
      ['/api/trpc/architectures.stats', 50],
      ['/api/v1/predict?arch=1311-6321-6521-6331-6531-6541-6311', 50],
      ['/tour', 50],
    ];
    const rows: (LoadResult & { perTurn: number })[] = [];
    for (const perTurn of settings) {
      const { base, child } = await startServer(3192, { ANB_REQUESTS_PER_TURN: String(perTurn) });
      try {
        for (const [path, connections] of paths) {
          console.log(`turns: ${perTurn} per turn, ${path} with ${connections} connections for ${seconds} s…`);
          rows.push({ perTurn, ...(await load(base, path, connections, seconds, child.pid)) });
        }
      } finally {
        // The next setting's server opens the same database folder: this one must have let go of it.
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill();
        await exited;
      }
    }
    results.turns = rows;
    const loads = rows.map((r) => r.loadAverage).filter((v): v is number => v !== undefined);
    md.push(
      '## Requests started per event-loop turn (ANB_REQUESTS_PER_TURN)',
      '',
      `The compiled server with 2, 16 (the default) and 64 requests started per turn; autocannon on loopback, ${seconds} s per row, 10 s timeout. Load average (1 min) at the end of the rows: ${loads.length ? `${Math.min(...loads).toFixed(1)}–${Math.max(...loads).toFixed(1)}` : 'n/a'}.`,
      '',
      `| route | connections | ${settings.map((t) => `${t} per turn: req/s, p99, errors`).join(' | ')} |`,
      `|---|---|${settings.map(() => '---').join('|')}|`,
    );
    for (const [path, connections] of paths) {
      const cells = settings.map((t) => {
        const r = rows.find((x) => x.perTurn === t && x.path === path)!;
        return `${Math.round(r.requestsPerSecond.median)}, ${r.latencyMs.p99} ms, ${r.errors}`;
      });
      md.push(`| \`${path}\` | ${connections} | ${cells.join(' | ')} |`);
    }
    md.push('');
  }
  if (want('server')) {
    const { base, child } = await startServer(3190);
    try {
      const seconds = quick ? 5 : 30;
      const paths = [
        '/robots.txt',
        '/api/v1/architectures?limit=50&sort=throughput_a100&order=desc',
        '/api/v1/predict?arch=1311-6321-6521-6331-6531-6541-6311',
        '/api/trpc/architectures.stats',
      ];
      const rows: LoadResult[] = [];
      for (const connections of [50, 200]) {
        for (const path of paths) {
          console.log(`server: ${path} with ${connections} connections for ${seconds} s…`);
          rows.push(await load(base, path, connections, seconds, child.pid));
        }
      }
      results.server = rows;
      // The numbers before #14's item 4 (API answered before Next.js, faster neighbour scans): the first
      // server section this bench wrote without it, carried from run to run so every later run compares with it.
      const baseline = (previousJson?.serverBaseline as ServerBaseline | undefined) ?? {
        date: String(previousJson?.serverDate ?? previousJson?.date ?? 'unknown'),
        rows: (previousJson?.server as LoadResult[] | undefined) ?? [],
      };
      results.serverBaseline = baseline;
      const vsStatic = (all: LoadResult[], r: LoadResult) => {
        const ceiling = all.find((x) => x.path === '/robots.txt' && x.connections === r.connections);
        return ceiling ? r.requestsPerSecond.mean / ceiling.requestsPerSecond.mean : NaN;
      };
      const pct = (x: number) => (Number.isFinite(x) ? `${(x * 100).toFixed(0)}%` : '–');
      const loads = rows.map((r) => r.loadAverage ?? NaN).filter(Number.isFinite);
      md.push(
        `## Server under load (autocannon, ${seconds} s per row, loopback)`,
        '',
        `Load average (1 min) at the end of the rows: ${loads.length ? `${Math.min(...loads).toFixed(1)}–${Math.max(...loads).toFixed(1)}` : 'not measured'} on ${os.cpus().length} cores; autocannon runs on the same cores. Server CPU is the server process's user + system time per request answered, which other work on the machine hardly changes.`,
        '',
        '| route | connections | req/s median (p2.5–p97.5) | vs static | p50 | p99 | server CPU/request | errors | non-2xx |',
        '|---|---|---|---|---|---|---|---|---|',
      );
      for (const r of rows) {
        const cpu = r.serverCpuMsPerRequest;
        md.push(
          `| \`${r.path}\` | ${r.connections} | ${r.requestsPerSecond.median} (${r.requestsPerSecond.p2_5}–${r.requestsPerSecond.p97_5}) | ${pct(vsStatic(rows, r))} | ${r.latencyMs.p50} ms | ${r.latencyMs.p99} ms | ${cpu != null ? `${cpu.toFixed(2)} ms` : '–'} | ${r.errors} | ${r.non2xx} |`,
        );
      }
      md.push(
        '',
        `Before and now, #14 goal: every JSON API route at ≥ 50% of the static file's rate on the same server in the same run (before: the run of ${baseline.date}, every request through Next.js).`,
        '',
        '| route | connections | before req/s | before vs static | now req/s | now vs static | goal met |',
        '|---|---|---|---|---|---|---|',
      );
      for (const r of rows.filter((x) => x.path !== '/robots.txt')) {
        const b = baseline.rows.find((x) => x.path === r.path && x.connections === r.connections);
        const now = vsStatic(rows, r);
        md.push(
          `| \`${r.path}\` | ${r.connections} | ${b ? b.requestsPerSecond.median : '–'} | ${b ? pct(vsStatic(baseline.rows, b)) : '–'} | ${r.requestsPerSecond.median} | ${pct(now)} | ${now >= 0.5 ? 'yes' : 'no'} |`,
        );
      }
      md.push('');
    } finally {
      child.kill('SIGTERM');
    }
  }
  if (want('devices')) {
    console.log('devices: profiling this machine with the CLI three times (20 calibration + 50 held-out networks)…');
    const clis = cliProfileBench(quick ? 10 : 20, quick ? 20 : 50);
    const cli = clis[0];
    console.log('devices: profiling this machine in Chromium (/devices/new, the default plan)…');
    const server = await startServer(3192);
    let browserProfile;
    try {
      browserProfile = await browserProfileBench(server.base);
    } finally {
      server.child.kill('SIGTERM');
    }
    console.log('devices: leave-one-device-out study of the few-shot route…');
    const study = transferStudyBench();
    results.devices = { cli: clis, browser: browserProfile, transfer: study };
    const pct = (x: number) => `${(100 * x).toFixed(0)}%`;
    md.push(
      '## Profiling your own device (#12)',
      '',
      `This machine profiled by \`npm run profile-device\` (onnxruntime-node, ${cli.threads} threads), ${clis.length} times one after another: 168 kernels, ${cli.samples} calibration and ${cli.heldOut} held-out networks; ${cli.rounds} rounds over the networks (the first ${cli.kernelRounds} over the kernels too), ${cli.repeats} timed runs per model in each round, the fastest kept, the median over rounds (goal < 300 s).`,
      '',
      '| run | s | metric | model | held-out τ | within ±10% | MAPE | goal τ ≥ 0.9 and ≥ 90% within ±10% |',
      '|---|---|---|---|---|---|---|---|',
      ...clis.flatMap((c, i) =>
        c.metrics.flatMap((m) => [
          ...(m.kernel
            ? [
                `| ${i + 1} | ${c.seconds.toFixed(0)} | ${m.metric} | kernel-level (stored) | ${m.kernel.tau.toFixed(3)} | ${pct(m.kernel.within10)} | ${m.kernel.mape.toFixed(1)}% | ${m.kernel.tau >= 0.9 && m.kernel.within10 >= 0.9 ? 'met' : 'not met'} |`,
              ]
            : []),
          ...(m.transfer
            ? [
                `| ${i + 1} | | ${m.metric} | few-shot transfer (k = ${c.samples}, comparison) | ${m.transfer.tau.toFixed(3)} | ${pct(m.transfer.within10)} | ${m.transfer.mape.toFixed(1)}% | – |`,
              ]
            : []),
        ]),
      ),
      '',
      `The same plan in headless Chromium (\`/devices/new\`, ${browserProfile.runtime}): **${browserProfile.seconds.toFixed(0)} s** from Start to the validation numbers; held-out τ ${browserProfile.tau}, ${browserProfile.within10} within ±10%, MAPE ${browserProfile.mape} (${browserProfile.heldOut}).`,
      '',
      `Leave one device out on ANB's data (\`npm run devices:transfer-study\`, ${study.seeds} samples per k, ${study.seconds} s): Kendall τ median over the samples.`,
      '',
      '| device metric | k = 10 | k = 20 | k = 50 | τ ≥ 0.9 at k = 20 |',
      '|---|---|---|---|---|',
      ...study.rows.map(
        (r) =>
          `| ${r.metric} | ${r.scores.map((s) => s.tauMedian.toFixed(3)).join(' | ')} | ${r.scores[1].tauMedian >= 0.9 ? 'met' : 'not met'} |`,
      ),
      '',
    );
  }
  const previousBrowser = previousJson?.browser as BrowserBenchResult | undefined;
  const nowBrowser = results.browser as BrowserBenchResult | undefined;
  if (previousBrowser && nowBrowser) {
    const ms = (x: { median: number }) => `${Math.round(x.median)} ms`;
    md.push(
      `## Issue #13 goals in the browser: before (${String(previousJson!.browserDate ?? previousJson!.date)}) and now`,
      '',
      '| goal | before | now | met |',
      '|---|---|---|---|',
      `| ${nowBrowser.cloud.n.toLocaleString('en-US')} architectures predicted on two workers (surrogate runs) < 1 s | ${ms(previousBrowser.cloud.predictMs)} | ${ms(nowBrowser.cloud.predictMs)} | ${nowBrowser.cloud.predictMs.median < 1000 ? 'yes' : 'no'} |`,
      `| /pareto?n=${nowBrowser.cloud.n}: all points drawn < 1.5 s after navigation | ${ms(previousBrowser.cloud.allDrawnMs)} | ${ms(nowBrowser.cloud.allDrawnMs)} | ${nowBrowser.cloud.allDrawnMs.median < 1500 ? 'yes' : 'no'} |`,
      ...(nowBrowser.cloud.firstDrawnMs
        ? [
            `| /pareto?n=${nowBrowser.cloud.n}: first predicted points on screen, well before all | ${previousBrowser.cloud.firstDrawnMs ? ms(previousBrowser.cloud.firstDrawnMs) : 'not drawn before all'} | ${ms(nowBrowser.cloud.firstDrawnMs)} | ${nowBrowser.cloud.firstDrawnMs.median < nowBrowser.cloud.allDrawnMs.median / 2 ? 'yes' : 'no'} |`,
          ]
        : []),
      `| /pareto cold start: measured chart shown | ${ms(previousBrowser.coldStart.firstChartMs)} | ${ms(nowBrowser.coldStart.firstChartMs)} | – |`,
      `| /pareto cold start: bytes transferred | ${Math.round(previousBrowser.coldStart.bytes.median / 1024)} KiB | ${Math.round(nowBrowser.coldStart.bytes.median / 1024)} KiB | – |`,
      '',
    );
  }
  // Sections this run did not measure stay as the previous run wrote them, marked with that run's date.
  const kept = previousSections();
  for (const section of SECTIONS) {
    if (want(section) || !previousJson || !(section in previousJson)) continue;
    results[section] = previousJson[section];
    results[`${section}Date`] = previousJson[`${section}Date`] ?? previousJson.date;
    const heading = [...kept.keys()].find((h) => SECTION_HEADINGS[section].test(h));
    if (heading) md.push(`${kept.get(heading)!}`, '', `(Not rerun: from the run of ${String(results[`${section}Date`])}.)`, '');
  }
  for (const section of SECTIONS) if (want(section)) results[`${section}Date`] = results.date;
  if (!want('server') && previousJson?.serverBaseline) results.serverBaseline = previousJson.serverBaseline;
  mkdirSync('bench/results', { recursive: true });
  writeFileSync('bench/results/latest.json', JSON.stringify(results, null, 2) + '\n');
  writeFileSync('bench/results/latest.md', md.join('\n') + '\n');
  console.log(md.join('\n'));
  console.log('Written to bench/results/latest.json and bench/results/latest.md');
}

main().then(
  () => process.exit(0),
  (e) => {
    console.error(e);
    process.exit(1);
  },
);
