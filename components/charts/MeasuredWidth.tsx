'use client';
// Measures the width of the box a chart sits in and hands it down; the chart derives its height from
// it. (visx's ParentSize measures an absolutely positioned box, so it needs a parent of fixed height.)
import { useParentSize } from '@visx/responsive';
import type { ReactNode } from 'react';

export interface MeasuredWidthProps {
  /** Width used for the server render and until the first measurement. */
  initialWidth?: number;
  children: (width: number) => ReactNode;
}

export function MeasuredWidth({ initialWidth = 1000, children }: MeasuredWidthProps) {
  const { parentRef, width } = useParentSize({
    initialSize: { width: initialWidth },
    debounceTime: 100,
    ignoreDimensions: ['height', 'top', 'left'],
  });
  return (
    <div ref={parentRef} className="w-full">
      {children(width || initialWidth)}
    </div>
  );
}
