'use client';
// Measures the width of the box a chart sits in and hands it down; the chart derives its height from
// it. The first measurement is taken in a layout effect, so the first client paint already has the
// box's width, and until then WidthSettledContext is false: a chart that draws on a <canvas> waits for
// it (useCloudCanvas) instead of drawing at the server's guessed width and again at the real one — on
// /pareto that first draw of 5,138 discs was a 70–360 ms task thrown away ~100 ms later. Later resizes
// are measured by a ResizeObserver, debounced.
import { createContext, useLayoutEffect, useRef, useState, useSyncExternalStore, type ReactNode } from 'react';

export interface MeasuredWidthProps {
  /** Width used for the server render and until the first measurement. */
  initialWidth?: number;
  children: (width: number) => ReactNode;
}

/** True once the width handed down is measured (always true outside a MeasuredWidth). */
export const WidthSettledContext = createContext(true);

const noSubscription = () => () => {};

/** Resizes closer together than this are measured once, after the last. */
const RESIZE_DEBOUNCE_MS = 100;

export function MeasuredWidth({ initialWidth = 1000, children }: MeasuredWidthProps) {
  const parentRef = useRef<HTMLDivElement>(null);
  const [measured, setMeasured] = useState<number | null>(null);
  useLayoutEffect(() => {
    const el = parentRef.current;
    if (!el) return;
    setMeasured(el.getBoundingClientRect().width);
    let timer: ReturnType<typeof setTimeout> | undefined;
    const observer = new ResizeObserver(() => {
      clearTimeout(timer);
      timer = setTimeout(() => setMeasured(el.getBoundingClientRect().width), RESIZE_DEBOUNCE_MS);
    });
    observer.observe(el);
    return () => {
      observer.disconnect();
      clearTimeout(timer);
    };
  }, []);
  // False in the server render and during hydration, true after.
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
      <WidthSettledContext.Provider value={measured !== null}>{children(measured || initialWidth)}</WidthSettledContext.Provider>
    </div>
  );
}
