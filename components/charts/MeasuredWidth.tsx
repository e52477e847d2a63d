'use client';
// Measures the width of the box a chart sits in and hands it down; the chart derives its height from
// it. (visx's ParentSize measures an absolutely positioned box, so it needs a parent of fixed height.)
import { useParentSize } from '@visx/responsive';
import { useSyncExternalStore, type ReactNode } from 'react';

export interface MeasuredWidthProps {
  /** Width used for the server render and until the first measurement. */
  initialWidth?: number;
  children: (width: number) => ReactNode;
}

const noSubscription = () => () => {};

export function MeasuredWidth({ initialWidth = 1000, children }: MeasuredWidthProps) {
  const { parentRef, width } = useParentSize({
    initialSize: { width: initialWidth },
    debounceTime: 100,
    ignoreDimensions: ['height', 'top', 'left'],
  });
  // False in the server render and during hydration, true after: the first measurement follows at once.
  const hydrated = useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
  // contain: inline-size keeps the chart drawn inside from widening the box it is measured in: in a grid
  // or flex track the box would otherwise grow to the chart's initial width and report it back (on a
  // phone /search and /surrogates drew 560 px charts in a 340 px column and scrolled sideways). Until
  // hydrated, the server-rendered chart (initialWidth wide) is clipped rather than widening the page.
  return (
    <div ref={parentRef} className={`w-full contain-inline-size ${hydrated ? '' : 'overflow-hidden'}`}>
      {children(width || initialWidth)}
    </div>
  );
}
