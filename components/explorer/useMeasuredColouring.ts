'use client';
// /pareto's "colour measured by": each measured record's colour bin on the chosen gene or target
// (parcoords/colourBy, the same bins as /data's parallel coordinates) and the legend's title.
import { useMemo } from 'react';
import { colourBy, type ColourBy } from '@/components/parcoords/colourBy';
import { axisById, axisColumn, type AxisId } from '@/components/parcoords/parallelAxes';
import type { MeasuredDataset } from './useMeasuredDataset';

export function useMeasuredColouring(data: MeasuredDataset | undefined, cb: AxisId | null): (ColourBy & { title: string }) | null {
  return useMemo(() => {
    const axis = cb ? axisById(cb) : undefined;
    if (!data || !axis) return null;
    const column = axisColumn({ count: data.count, genes: data.genes, target: (t) => data.values[t] }, axis);
    return { ...colourBy(axis, column), title: axis.unit ? `${axis.label} (${axis.unit})` : axis.label };
  }, [data, cb]);
}
