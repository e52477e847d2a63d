'use client';
// /arch/[code]'s data component, mounted by app/arch/layout.tsx so it stays mounted (state, focus)
// while edits change the path: the architecture being edited (each edit a history entry, pushed
// without a scroll jump, with Undo/Redo), its predictions from the surrogate worker, analytic MACs and
// params, measured records (tRPC), nearest measured neighbours and distance from the training data
// (from the measured records loaded once), the best single edit, and every prediction's change against
// the previous architecture and the original one (URL `vs`), with the uncertainty of each difference,
// and the same for profiled devices (#12, useProfiledRows).
// The stages and the predictions sit side by side from lg up (both above the fold at 1280×800), the
// predictions directly under the stages on a phone; the other panels follow. Marks `edit` and
// `painted` so the bench can read the edit→painted latency from window.__anbEditLatency.
import { useQuery } from '@tanstack/react-query';
import { useQueryStates } from 'nuqs';
import { useParams } from 'next/navigation';
import { useCallback, useMemo } from 'react';
import { SurrogateVersionNote } from '@/components/explorer/SurrogateVersionNote';
import { useMeasuredDataset } from '@/components/explorer/useMeasuredDataset';
import { useSurrogateInfo } from '@/components/explorer/useSurrogateInfo';
import { formatArchitectureCode, parseArchitectureCode } from '@/core/space/architectureCode';
import type { Block, Gene } from '@/core/space/searchSpace';
import { useTRPC } from '@/lib/trpc/TrpcProvider';
import { encodeFeatures } from '@/surrogates/runtime/encodeFeatures';
import { outOfDistributionLevel } from '@/surrogates/runtime/outOfDistributionLevel';
import { ArchitectureSummary } from './ArchitectureSummary';
import { BestEditPanel } from './BestEditPanel';
import { ComparisonBar } from './ComparisonBar';
import { EditHistoryControls } from './EditHistoryControls';
import { editDifference } from './editDifference';
import { useDistanceFromData } from './useDistanceFromData';
import { editorParams } from './editorParams';
import { NeighboursPanel } from './NeighboursPanel';
import { parsePathCode } from './parsePathCode';
import { PredictionSection } from './PredictionSection';
import type { Comparison } from './PredictionTable';
import { StageEditor } from './StageEditor';
import { StageLegend } from './StageLegend';
import { targetPercentiles } from './targetPercentiles';
import { useEditedArchitecture } from './useEditedArchitecture';
import { useEditLatencyMark } from './useEditLatencyMark';
import { cachedPrediction, neighbourEdits, useEditPredictions, type NeighbourEdit } from './useEditPredictions';
import { useMeasuredRecords } from './useMeasuredRecords';
import { useNearestMeasured } from './useNearestMeasured';
import { useProfiledRows } from './useProfiledRows';

/** The editor for the path's code; nothing when the code is invalid (the page explains why). */
export function ArchitectureEditor() {
  const { code: raw } = useParams<{ code: string }>();
  const pathCode = useMemo(() => {
    const { result } = parsePathCode(raw ?? '');
    return result.ok ? formatArchitectureCode(result.value) : null;
  }, [raw]);
  return pathCode ? <Editor pathCode={pathCode} /> : null;
}

function Editor({ pathCode }: { pathCode: string }) {
  const [params, setParams] = useQueryStates(editorParams, { history: 'replace' });
  const { code, arch, apply, pendingEditRef, history } = useEditedArchitecture(pathCode);
  const info = useSurrogateInfo();
  const targets = info.status === 'ready' ? info.info.targets : null;
  const calibrations = info.status === 'ready' ? info.info.differences : null;
  const previous = history?.previous ?? null;
  // The architectures the change columns compare with: the previous entry, then the original.
  const references = useMemo(
    () =>
      [
        { against: 'previous' as const, code: previous },
        { against: 'original' as const, code: params.vs },
      ].flatMap(({ against, code: c }) => {
        const r = c && c !== code ? parseArchitectureCode(c) : null;
        return r?.ok ? [{ against, arch: r.value, code: c! }] : [];
      }),
    [previous, params.vs, code],
  );
  const { current, error: predictionError } = useEditPredictions(
    arch,
    code,
    targets?.length ?? null,
    info.status === 'ready' ? info.info.members : null,
    references,
  );
  const comparisons: Comparison[] =
    targets && calibrations
      ? references.map((r) => ({
          against: r.against,
          code: r.code,
          differences: targets.map((_, j) => editDifference(calibrations, cachedPrediction(r.code), current, j)),
        }))
      : [];
  // Profiled devices (#12): linked by `device=`, then the newest on this server; re-predicted every render.
  const profiled = useProfiledRows(arch, references, params.device);
  const trpc = useTRPC();
  const rules = useQuery({ ...trpc.compare.designRules.queryOptions(), staleTime: Infinity });
  const dataset = useMeasuredDataset();
  const data = dataset.data;
  const measured = useMeasuredRecords(code, data);
  useEditLatencyMark(pendingEditRef, code, current);

  const onEdit = (block: number, gene: Gene, value: number | boolean) =>
    apply(arch.map((b, i) => (i === block ? ({ ...b, [gene]: value } as Block) : b)));
  const onSetVersion = useCallback((sv: string) => setParams({ sv }), [setParams]);
  const edits = useMemo(() => neighbourEdits(arch), [arch]);
  const neighbours = useNearestMeasured(data, arch, code, params.bm);
  const distance = useDistanceFromData(data, arch);
  // The API's verdict (surrogates/runtime/outOfDistributionLevel.ts), from the same model's reference.
  const ood = useMemo(
    () =>
      info.status === 'ready' && current
        ? outOfDistributionLevel(info.info.ood, encodeFeatures(arch), current.mean, distance?.percentile)
        : null,
    [info, current, arch, distance],
  );

  return (
    <div className="space-y-8">
      {/* Phone: summary, stages, predictions, legend; lg: the predictions span the right column. */}
      <div className="grid grid-cols-1 gap-x-6 gap-y-4 lg:grid-cols-[minmax(0,28.5rem)_minmax(0,1fr)] lg:items-start">
        <div className="space-y-4 lg:col-start-1">
          <ArchitectureSummary code={code} arch={arch} measured={measured} />
          <section aria-labelledby="stages-heading" className="space-y-2">
            <div className="flex flex-wrap items-center justify-between gap-2">
              <h2 id="stages-heading" className="text-xl font-semibold">
                Stages
              </h2>
              <EditHistoryControls history={history} />
            </div>
            <StageEditor arch={arch} onEdit={onEdit} />
          </section>
        </div>
        <div className="lg:sticky lg:top-4 lg:col-start-2 lg:row-span-2 lg:row-start-1" data-testid="prediction-column">
          <PredictionSection
            comparisons={comparisons}
            profiled={profiled}
            error={predictionError}
            measuredCount={data ? data.count : null}
            targets={targets}
            prediction={current}
            measured={measured}
            percentiles={targetPercentiles(data, measured, targets, current)}
            predictionError={predictionError?.message ?? (info.status === 'error' ? info.error.message : null)}
            ood={ood}
            footer={<SurrogateVersionNote info={info} sv={params.sv} onSetVersion={onSetVersion} />}
          >
            <ComparisonBar
              code={code}
              original={params.vs}
              previous={previous}
              onMakeOriginal={() => setParams({ vs: code })}
              onStop={() => setParams({ vs: null })}
            />
          </PredictionSection>
        </div>
        <div className="lg:col-start-1">
          <StageLegend />
        </div>
      </div>
      <div className="grid gap-8 lg:grid-cols-2">
        <BestEditPanel
          targets={targets}
          calibrations={calibrations}
          rules={rules.data?.effects ?? null}
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
          ood={ood}
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
