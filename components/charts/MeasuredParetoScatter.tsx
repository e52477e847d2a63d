'use client';
// ParetoScatter at the width of the box it sits in, for server-rendered pages (a server component cannot
// hand MeasuredWidth its render function): the tour's Pareto step was a fixed 1,040 px SVG.
import { MeasuredWidth } from './MeasuredWidth';
import { ParetoScatter, type ParetoScatterProps } from './ParetoScatter';
import { scatterHeight } from './scatterHeight';

export interface MeasuredParetoScatterProps extends Omit<ParetoScatterProps, 'width' | 'height'> {
  /** Width for the server render, until measured. */
  initialWidth: number;
  /** Height at desktop widths; narrower boxes get scatterHeight's phone height. */
  height: number;
}

export function MeasuredParetoScatter({ initialWidth, height, ...chart }: MeasuredParetoScatterProps) {
  return (
    <MeasuredWidth initialWidth={initialWidth}>
      {(width) => <ParetoScatter {...chart} width={width} height={scatterHeight(width, height)} />}
    </MeasuredWidth>
  );
}
