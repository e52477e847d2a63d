// The network as its 7 MBConv stages between the stem and the head, each stage drawn (one box per
// layer, wider for a larger expansion, darker for kernel 5, an amber dot for squeeze-excite) above
// its four genes as native radio groups: Tab moves between genes, arrow keys change one, a click sets
// it. Presentational: the architecture and the edit callback come from the editor.
import { geneChoices, type Architecture, type Gene } from '@/core/space/searchSpace';
import { HEAD_CHANNELS, INPUT_RESOLUTION, STAGES, STEM_CHANNELS } from './networkStages';

export interface StageEditorProps {
  arch: Architecture;
  onEdit: (block: number, gene: Gene, value: number | boolean) => void;
}

const GENE_LABEL: Record<Gene, string> = { e: 'Expansion', k: 'Kernel', l: 'Layers', se: 'Squeeze-excite' };
const valueLabel = (gene: Gene, v: number | boolean) => (gene === 'se' ? (v ? 'on' : 'off') : gene === 'k' ? `${v}×${v}` : String(v));

function StageDrawing({ block, arch }: { block: number; arch: Architecture }) {
  const b = arch[block];
  const w = 100;
  const boxH = 16;
  const width = b.e === 1 ? 34 : b.e === 4 ? 64 : 88;
  return (
    <svg width={w} height={4 * (boxH + 3) + 10} aria-hidden="true" className="mx-auto">
      {Array.from({ length: b.l }, (_, j) => (
        <g key={j}>
          <rect
            x={(w - width) / 2}
            y={4 * (boxH + 3) + 10 - (j + 1) * (boxH + 3)}
            width={width}
            height={boxH}
            rx={3}
            fill={b.k === 5 ? 'var(--chart-kernel-5)' : 'var(--chart-kernel-3)'}
          />
          {b.se && (
            <circle
              cx={(w + width) / 2 - 6}
              cy={4 * (boxH + 3) + 10 - (j + 1) * (boxH + 3) + boxH / 2}
              r={3}
              fill="#f59e0b"
              stroke="var(--chart-surface)"
              strokeWidth={1}
            />
          )}
        </g>
      ))}
    </svg>
  );
}

function GeneControl({ block, gene, arch, onEdit }: { block: number; gene: Gene } & StageEditorProps) {
  const value = arch[block][gene];
  return (
    <fieldset className="space-y-0.5">
      <legend className="text-[11px] text-muted">{GENE_LABEL[gene]}</legend>
      <div className="flex flex-wrap gap-1">
        {geneChoices(block, gene).map((v) => (
          <label
            key={String(v)}
            className="min-w-7 cursor-pointer rounded border border-slate-300 bg-white px-1.5 py-0.5 text-center text-xs tabular-nums hover:border-accent has-[:checked]:border-accent has-[:checked]:bg-accent has-[:checked]:text-white has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-offset-2 has-[:focus-visible]:outline-accent"
          >
            <input
              type="radio"
              className="sr-only"
              name={`stage${block}-${gene}`}
              checked={v === value}
              onChange={() => onEdit(block, gene, v)}
              aria-label={`Stage ${block} ${GENE_LABEL[gene].toLowerCase()} ${valueLabel(gene, v)}`}
              data-testid={`gene-${block}-${gene}-${String(v)}`}
            />
            {valueLabel(gene, v)}
          </label>
        ))}
      </div>
    </fieldset>
  );
}

export function StageEditor({ arch, onEdit }: StageEditorProps) {
  return (
    <div className="space-y-2" data-testid="stage-editor">
      <p className="text-xs text-muted">
        Input {INPUT_RESOLUTION}×{INPUT_RESOLUTION}×3 → stem 3×3 conv, stride 2, {STEM_CHANNELS} channels ({INPUT_RESOLUTION / 2}×
        {INPUT_RESOLUTION / 2}) → the 7 stages below → head 1×1 conv to {HEAD_CHANNELS}, global pool, 1000 classes.
      </p>
      <ol className="grid grid-cols-2 gap-2 sm:grid-cols-4 lg:grid-cols-7">
        {STAGES.map((s) => (
          <li key={s.index} className="space-y-1.5 rounded-lg border border-slate-200 bg-white p-2" data-testid={`stage-${s.index}`}>
            <h3 className="text-sm font-semibold">Stage {s.index}</h3>
            <p className="text-[11px] leading-tight text-muted tabular-nums">
              {s.inResolution}→{s.outResolution} px
              <br />
              {s.inChannels}→{s.outChannels} ch{s.stride === 2 ? ', stride 2' : ''}
            </p>
            <StageDrawing block={s.index} arch={arch} />
            {(['e', 'k', 'l', 'se'] as const).map((gene) => (
              <GeneControl key={gene} block={s.index} gene={gene} arch={arch} onEdit={onEdit} />
            ))}
          </li>
        ))}
      </ol>
      <p className="text-xs text-muted">
        <span className="mr-1 inline-block h-2.5 w-4 rounded-sm bg-blue-300 align-middle" aria-hidden="true" />
        kernel 3×3 <span className="ml-3 mr-1 inline-block h-2.5 w-4 rounded-sm bg-blue-700 align-middle" aria-hidden="true" />
        kernel 5×5 <span className="ml-3 mr-1 inline-block h-2.5 w-2.5 rounded-full bg-amber-500 align-middle" aria-hidden="true" />
        squeeze-excite; one box per layer, wider for a larger expansion. Tab to a gene, arrow keys to change it.
      </p>
    </div>
  );
}
