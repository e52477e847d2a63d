// Where a server's CPU time went, from a V8 .cpuprofile (`node --cpu-prof`): self time by function and
// by package or project file, and inclusive time by function (each frame counted once per sample, so
// recursion does not count twice). Minified bundles (Next's server chunks) are mapped back to the
// project's source files through their .map files. `npx tsx bench/cpuProfileSummary.ts file.cpuprofile [top]`.
import { existsSync, readFileSync } from 'node:fs';
import { SourceMap, type SourceMapPayload } from 'node:module';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

const profileSchema = z.object({
  nodes: z.array(
    z.object({
      id: z.number(),
      callFrame: z.object({ functionName: z.string(), url: z.string(), lineNumber: z.number(), columnNumber: z.number() }),
      children: z.array(z.number()).optional(),
    }),
  ),
  samples: z.array(z.number()),
  timeDeltas: z.array(z.number()),
});
export type CpuProfile = z.infer<typeof profileSchema>;

export interface CpuProfileSummary {
  totalMs: number;
  /** Self time by `function file:line`, largest first. */
  selfByFunction: [string, number][];
  /** Self time by package (`node_modules/<name>`), project file, `(node)` internals or V8 (`(garbage collector)`, `(idle)`). */
  selfByFile: [string, number][];
  /** Inclusive time by `function file:line`. */
  totalByFunction: [string, number][];
}

/** `node_modules/.pnpm/…/node_modules/next/dist/…` → `next`; project files keep their path below the root. */
function fileOf(url: string, functionName: string): string {
  if (!url) return functionName.startsWith('(') ? functionName : '(native)';
  if (url.startsWith('node:')) return '(node)';
  const m = /node_modules\/((?:@[^/]+\/)?[^/]+)\/(.*)$/.exec(url);
  if (m) return m[1] === 'next' ? `next/${m[2].split('/').slice(0, 3).join('/')}` : m[1];
  return url.replace(/^file:\/\//, '').replace(`${process.cwd()}/`, '');
}

type CallFrame = CpuProfile['nodes'][number]['callFrame'];

const sourceMaps = new Map<string, SourceMap | null>();
function sourceMapOf(url: string): SourceMap | null {
  if (!sourceMaps.has(url)) {
    const file = url.startsWith('file://') ? fileURLToPath(url) : url;
    const map = file.endsWith('.js') || file.endsWith('.mjs') ? `${file}.map` : '';
    // Next's chunks hold index maps (`sections`), which node's SourceMap reads as they are.
    sourceMaps.set(url, map && existsSync(map) ? new SourceMap(JSON.parse(readFileSync(map, 'utf8')) as SourceMapPayload) : null);
  }
  return sourceMaps.get(url)!;
}

/** The frame's original file and line when its bundle has a source map, else its own. */
function originalFrame(f: CallFrame): CallFrame {
  const map = f.url && !f.url.includes('node_modules') ? sourceMapOf(f.url) : null;
  const entry = map?.findEntry(f.lineNumber, f.columnNumber);
  if (!entry || !('originalSource' in entry) || !entry.originalSource) return f;
  const source = entry.originalSource.replace(/^.*?(?:\.\.\/)+/, '').replace(/^turbopack:\/\/\/\[project\]\//, '');
  return {
    ...f,
    url: source,
    lineNumber: entry.originalLine,
    functionName: f.functionName.length > 2 ? f.functionName : ((entry as { name?: string }).name ?? f.functionName),
  };
}

const frameKey = (raw: CallFrame) => {
  const f = originalFrame(raw);
  return `${f.functionName || '(anonymous)'} ${fileOf(f.url, f.functionName)}:${f.lineNumber + 1}`;
};

const sorted = (m: Map<string, number>) => [...m.entries()].sort((a, b) => b[1] - a[1]);

export function summarizeCpuProfile(raw: unknown): CpuProfileSummary {
  const p = profileSchema.parse(raw);
  const byId = new Map(p.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of p.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const self = new Map<string, number>();
  const selfFile = new Map<string, number>();
  const total = new Map<string, number>();
  let totalMs = 0;
  p.samples.forEach((id, i) => {
    const ms = (p.timeDeltas[i] ?? 0) / 1000;
    const node = byId.get(id);
    if (!node) return;
    totalMs += ms;
    const key = frameKey(node.callFrame);
    self.set(key, (self.get(key) ?? 0) + ms);
    const original = originalFrame(node.callFrame);
    const file = fileOf(original.url, original.functionName);
    selfFile.set(file, (selfFile.get(file) ?? 0) + ms);
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const k = frameKey(byId.get(at)!.callFrame);
      if (seen.has(k)) continue;
      seen.add(k);
      total.set(k, (total.get(k) ?? 0) + ms);
    }
  });
  return { totalMs, selfByFunction: sorted(self), selfByFile: sorted(selfFile), totalByFunction: sorted(total) };
}

if (process.argv[1]?.endsWith('cpuProfileSummary.ts')) {
  const [file, topArg] = process.argv.slice(2);
  if (!file) {
    console.error('Usage: npx tsx bench/cpuProfileSummary.ts <file.cpuprofile> [top=30]');
    process.exit(2);
  }
  const top = Number(topArg ?? 30);
  const s = summarizeCpuProfile(JSON.parse(readFileSync(file, 'utf8')));
  const pct = (ms: number) => `${((100 * ms) / s.totalMs).toFixed(1).padStart(5)}%  ${ms.toFixed(0).padStart(7)} ms`;
  console.log(`${file}: ${s.totalMs.toFixed(0)} ms sampled`);
  for (const [title, rows] of [
    ['self time by package or file', s.selfByFile],
    ['self time by function', s.selfByFunction],
    ['inclusive time by function', s.totalByFunction],
  ] as const) {
    console.log(`\n${title}:`);
    for (const [k, ms] of rows.slice(0, top)) console.log(`${pct(ms)}  ${k}`);
  }
}
