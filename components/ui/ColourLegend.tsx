// The legend of a "colour by" choice: which axis colours the marks and what each colour stands for
// (a target's value bins low to high, a gene's choices). Shared by /data's parallel coordinates and
// /pareto's measured points.

export interface ColourLegendProps {
  /** "Top-1 accuracy (%)", "Layers, block 5". */
  title: string;
  items: readonly { colour: string; label: string }[];
  testId?: string;
}

export function ColourLegend({ title, items, testId = 'colour-legend' }: ColourLegendProps) {
  return (
    <div className="flex flex-wrap items-center gap-x-3 gap-y-1 text-xs" data-testid={testId}>
      <span className="font-medium">Colour: {title}</span>
      {items.map((item) => (
        <span key={item.colour} className="inline-flex items-center gap-1" data-colour={item.colour}>
          <span className="inline-block h-2.5 w-4 rounded-sm" style={{ background: item.colour }} aria-hidden="true" />
          <span className="tabular-nums">{item.label}</span>
        </span>
      ))}
    </div>
  );
}
