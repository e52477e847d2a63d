// The network as its 7 MBConv stages between the stem and the head, one row per stage: its name, the
// feature map and channels it outputs and a small drawing (one box per layer, taller for a larger
// expansion, darker for kernel 5, an amber dot for squeeze-excite), then its four genes as native
// radio groups: Tab moves between genes, arrow keys change one, a click sets it. Rows, not columns,
// so all 28 genes fit beside the predictions at 1280×800 and on a phone; every choice is at least
// 24×24 px (WCAG 2.5.8). Presentational: the architecture and the edit callback come from the editor;
// the drawing's key and the network around the stages are StageLegend.tsx, placed by the editor.
import { geneChoices, type Architecture, type Block, type Gene } from '@/core/space/searchSpace';
import { STAGES } from './networkStages';

export interface StageEditorProps {
  arch: Architecture;
  onEdit: (block: number, gene: Gene, value: number | boolean) => void;
}

const GENES = ['e', 'k', 'l', 'se'] as const;
const GENE_LABEL: Record<Gene, string> = { e: 'Expansion', k: 'Kernel', l: 'Layers', se: 'Squeeze-excite' };
/** Each gene's column width, the same in every row so the columns line up under one header. */
const GENE_WIDTH: Record<Gene, string> = { e: 'w-[4.75rem]', k: 'w-[4.75rem]', l: 'w-[6.375rem]', se: 'w-[3.75rem]' };
const valueLabel = (gene: Gene, v: number | boolean) => (gene === 'se' ? (v ? 'on' : 'off') : gene === 'k' ? `${v}×${v}` : String(v));

function StageDrawing({ block }: { block: Block }) {
  const boxW = 5;
  const h = 20;
  const boxH = block.e === 1 ? 8 : block.e === 4 ? 13 : 17;
  return (
    <svg width={4 * (boxW + 2) + 2} height={h} aria-hidden="true" className="shrink-0">
      {Array.from({ length: block.l }, (_, j) => (
        <rect
          key={j}
          x={j * (boxW + 2)}
          y={h - boxH}
          width={boxW}
          height={boxH}
          rx={1.5}
          fill={block.k === 5 ? 'var(--chart-kernel-5)' : 'var(--chart-kernel-3)'}
        />
      ))}
      {block.se && <circle cx={block.l * (boxW + 2) - 1} cy={3} r={2.5} fill="#f59e0b" stroke="var(--chart-surface)" strokeWidth={1} />}
    </svg>
  );
}

function GeneControl({ block, gene, arch, onEdit }: { block: number; gene: Gene } & StageEditorProps) {
  const value = arch[block][gene];
  return (
    <fieldset className={`${GENE_WIDTH[gene]} shrink-0`}>
      <legend className="sr-only">
        Stage {block} {GENE_LABEL[gene].toLowerCase()}
      </legend>
      <div className="flex gap-0.5">
        {geneChoices(block, gene).map((v) => (
          <label
            key={String(v)}
            className="flex h-6 min-w-6 flex-1 cursor-pointer items-center justify-center rounded border border-slate-300 bg-white px-1 text-xs tabular-nums hover:border-accent has-[:checked]:border-accent has-[:checked]:bg-accent has-[:checked]:text-white has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-offset-2 has-[:focus-visible]:outline-accent"
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
    <div className="space-y-1" data-testid="stage-editor">
      <div className="flex gap-x-1 px-[5px] text-[11px] text-muted sm:gap-x-1.5 sm:px-[7px]" aria-hidden="true">
        <span className="hidden w-[5.75rem] shrink-0 sm:block" />
        {GENES.map((g) => (
          <span key={g} className={`${GENE_WIDTH[g]} truncate`}>
            {g === 'se' ? 'SE' : GENE_LABEL[g]}
          </span>
        ))}
      </div>
      <ol className="space-y-1" data-testid="stage-controls">
        {STAGES.map((s) => (
          <li
            key={s.index}
            className="flex flex-wrap items-center gap-x-1 gap-y-1 rounded-md border border-slate-200 bg-white px-1 py-1 sm:gap-x-1.5 sm:px-1.5"
            data-testid={`stage-${s.index}`}
          >
            <div
              className="flex w-full items-center gap-1.5 sm:w-[5.75rem]"
              title={`${s.inResolution}→${s.outResolution} px, ${s.inChannels}→${s.outChannels} channels${s.stride === 2 ? ', stride 2' : ''}`}
            >
              <h3 className="text-[13px] font-semibold whitespace-nowrap">Stage {s.index}</h3>
              <StageDrawing block={arch[s.index]} />
              <span className="text-[11px] leading-tight text-muted tabular-nums sm:sr-only">
                {s.outResolution} px, {s.outChannels} ch{s.stride === 2 ? ', stride 2' : ''}
              </span>
            </div>
            {GENES.map((gene) => (
              <GeneControl key={gene} block={s.index} gene={gene} arch={arch} onEdit={onEdit} />
            ))}
          </li>
        ))}
      </ol>
    </div>
  );
}
