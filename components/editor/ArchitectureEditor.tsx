'use client';
// /arch/[code]'s data component, mounted by app/arch/layout.tsx so it stays mounted (state, focus)
// while edits replace the path: the architecture being edited (the path, replaced on every edit
// without a scroll jump), its predictions from the surrogate worker, analytic MACs and params,
// measured records (tRPC), nearest measured neighbours and distance from the training data (from the
// measured records loaded once), and the best single edit. Marks `edit` and `painted` so the bench
// can read the edit→painted latency from window.__anbEditLatency.
import { useQuery } from '@tanstack/react-query';
import type { inferOutput } from '@trpc/tanstack-react-query';
import { useQueryStates } from 'nuqs';
import { useParams, useRouter } from 'next/navigation';
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { SurrogateVersionNote } from '@/components/explorer/SurrogateVersionNote';
import { useMeasuredDataset } from '@/components/explorer/useMeasuredDataset';
import { useSurrogateInfo } from '@/components/explorer/useSurrogateInfo';
import { formatArchitectureCode, parseArchitectureCode } from '@/core/space/architectureCode';
import { nearestArchitectures } from '@/core/space/nearestArchitectures';
import type { Architecture, Block, Gene } from '@/core/space/searchSpace';
import { TARGETS, type TargetName } from '@/core/targets';
import { useTRPC } from '@/lib/trpc/TrpcProvider';
import { ArchitectureSummary } from './ArchitectureSummary';
import { BestEditPanel } from './BestEditPanel';
import { distanceFromData } from './distanceFromData';
import { editorParams } from './editorParams';
import { NeighboursPanel } from './NeighboursPanel';
import { percentileAmongMeasured } from './percentileAmongMeasured';
import { PredictionTable, type MeasuredRecord } from './PredictionTable';
import { StageEditor } from './StageEditor';
import { cachedPrediction, neighbourEdits, useEditPredictions, type NeighbourEdit } from './useEditPredictions';

type Api = ReturnType<typeof useTRPC>;
export type ArchitectureDetail = inferOutput<Api['architectures']['byCode']>;

declare global {
  interface Window {
    /** Milliseconds from the last edit to the frame that painted its predictions (for the bench). */
    __anbEditLatency?: number;
  }
}


function toRecords(detail: ArchitectureDetail): MeasuredRecord[] {
  return detail.records.map((r) => {
    const values: MeasuredRecord['values'] = { val_top1: r.valTop1, val_top5: r.valTop5, train_time: r.trainTime };
    for (const [name, m] of Object.entries(r.measurements)) values[name as TargetName] = m.mean;
    return { resultId: r.resultId, values };
  });
}

/** The editor for the path's code; nothing when the code is invalid (the page explains why). */
export function ArchitectureEditor() {
  const { code: raw } = useParams<{ code: string }>();
  const pathCode = useMemo(() => {
    let text = raw ?? '';
    try {
      text = decodeURIComponent(text);
    } catch {
      // A malformed %-escape cannot be a code; the parse below says no.
    }
    const r = parseArchitectureCode(text);
    return r.ok ? formatArchitectureCode(r.value) : null;
  }, [raw]);
  return pathCode ? <Editor pathCode={pathCode} /> : null;
}

function Editor({ pathCode }: { pathCode: string }) {
  const router = useRouter();
  const [params, setParams] = useQueryStates(editorParams, { history: 'replace' });
  const [code, setCode] = useState(pathCode);
  /** Codes this editor navigated to itself: their arrival in the path is no news. */
  const ownEdits = useRef(new Set<string>([pathCode]));
  const pendingEdit = useRef<string | null>(null);

  // A navigation the editor did not make (a link elsewhere on the page) brings another code in.
  useEffect(() => {
    if (!ownEdits.current.has(pathCode)) {
      ownEdits.current = new Set([pathCode]);
      setCode(pathCode);
    }
  }, [pathCode]);

  const arch = useMemo(() => {
    const r = parseArchitectureCode(code);
    if (!r.ok) throw new Error(r.error.message);
    return r.value;
  }, [code]);

  const info = useSurrogateInfo();
  const targets = info.status === 'ready' ? info.info.targets : null;
  const { current, error: predictionError } = useEditPredictions(arch, code, targets?.length ?? null);
  const dataset = useMeasuredDataset();
  const data = dataset.data;

  // Whether it was measured is known from the loaded records; only measured codes are asked for
  // (an unmeasured one would be a 404 by design).
  const inDataset = useMemo(() => (data ? new Set(data.codes) : null), [data]);
  const isMeasured = inDataset ? inDataset.has(code) : undefined;
  const trpc = useTRPC();
  const detail = useQuery({ ...trpc.architectures.byCode.queryOptions({ code }), enabled: isMeasured === true, retry: false, staleTime: Infinity });
  const notFound = isMeasured === false || detail.error?.data?.code === 'NOT_FOUND';
  const measured = detail.data && isMeasured ? toRecords(detail.data) : notFound ? null : undefined;

  const apply = useCallback(
    (next: Architecture) => {
      const nextCode = formatArchitectureCode(next);
      // Only the latest edit's marks are kept.
      performance.clearMarks('edit');
      performance.mark('edit');
      pendingEdit.current = nextCode;
      ownEdits.current.add(nextCode);
      setCode(nextCode);
      router.replace(`/arch/${nextCode}${window.location.search}`, { scroll: false });
    },
    [router],
  );
  const onEdit = (block: number, gene: Gene, value: number | boolean) => apply(arch.map((b, i) => (i === block ? ({ ...b, [gene]: value } as Block) : b)));

  // The numbers of an edit are on screen once React has committed them; the next frame paints them.
  useLayoutEffect(() => {
    if (pendingEdit.current !== code || !current) return;
    pendingEdit.current = null;
    requestAnimationFrame(() => {
      performance.clearMarks('painted');
      performance.clearMeasures('edit→painted');
      performance.mark('painted');
      window.__anbEditLatency = performance.measure('edit→painted', 'edit', 'painted').duration;
    });
  }, [code, current]);

  const onSetVersion = useCallback((sv: string) => setParams({ sv }), [setParams]);
  const edits = useMemo(() => neighbourEdits(arch), [arch]);
  const neighbours = useMemo(() => {
    if (!data) return null;
    return nearestArchitectures(arch, data.genes, 5, (i) => data.codes[i] === code).map((n) => ({
      code: data.codes[n.index],
      resultId: data.resultIds[n.index],
      distance: n.distance,
      valTop1: data.values.val_top1[n.index],
      metric: data.values[params.bm][n.index],
    }));
  }, [data, arch, code, params.bm]);
  const distance = useMemo(() => (data ? distanceFromData(arch, data) : null), [data, arch]);

  const percentiles: Partial<Record<TargetName, { share: number; of: 'measured' | 'predicted' } | null>> = {};
  if (data) {
    for (const t of TARGETS) {
      const m = measured?.[0]?.values[t.name];
      const col = targets?.indexOf(t.name) ?? -1;
      const value = m ?? (current && col >= 0 ? current.mean[col] : null);
      const share = value === null ? null : percentileAmongMeasured(data, t.name, value);
      percentiles[t.name] = share === null ? null : { share, of: m !== null && m !== undefined ? 'measured' : 'predicted' };
    }
  }

  return (
    <div className="space-y-8">
      <SurrogateVersionNote info={info} sv={params.sv} onSetVersion={onSetVersion} />
      <ArchitectureSummary code={code} arch={arch} measured={measured} />
      <section aria-labelledby="stages-heading" className="space-y-2">
        <h2 id="stages-heading" className="text-xl font-semibold">
          Stages
        </h2>
        <StageEditor arch={arch} onEdit={onEdit} />
      </section>
      <section aria-labelledby="values-heading" className="space-y-2">
        <h2 id="values-heading" className="text-xl font-semibold">
          Predicted and measured
        </h2>
        {predictionError && (
          <p role="alert" className="text-sm text-red-800">
            Prediction failed ({predictionError.code}): {predictionError.message}
          </p>
        )}
        <PredictionTable
          targets={targets}
          prediction={current}
          measured={measured}
          percentiles={percentiles}
          predictionError={predictionError?.message ?? (info.status === 'error' ? info.error.message : null)}
        />
        <p className="text-xs text-muted">
          “Better than”: the share of the {data ? data.count.toLocaleString('en-US') : '5,138'} measured records this architecture beats on each target, using its
          measured value when it was measured and the surrogate&apos;s mean otherwise.
        </p>
      </section>
      <div className="grid gap-8 lg:grid-cols-2">
        <BestEditPanel
          targets={targets}
          current={current}
          edits={edits.map((e) => ({ ...e, prediction: cachedPrediction(e.code) }))}
          metric={params.bm}
          maxLoss={params.loss}
          onMetric={(bm) => setParams({ bm })}
          onMaxLoss={(loss) => setParams({ loss })}
          onApply={(e: NeighbourEdit) => apply(e.arch)}
        />
        <NeighboursPanel
          rows={neighbours}
          distance={distance}
          metric={params.bm}
          loadError={dataset.isError ? dataset.error.message : null}
          onOpen={(c) => {
            const r = parseArchitectureCode(c);
            if (r.ok) apply(r.value);
          }}
        />
      </div>
    </div>
  );
}
