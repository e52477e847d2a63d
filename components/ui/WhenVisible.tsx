'use client';
// Renders its children only once their place comes near the viewport: panels below the fold then cost
// no module evaluation, hydration or layout before the first interaction. Until then a box of the
// panel's usual height holds the place (and the panel's anchor id), so nothing shifts and links to
// `#id` still land; the content appears well before it is scrolled into view.
import { useEffect, useRef, useState, type ReactNode } from 'react';

export interface WhenVisibleProps {
  /** The anchor id of the panel, carried by the placeholder until the panel renders its own. */
  id: string;
  /** The panel's usual height (CSS length), reserved while it is not rendered. */
  minHeight: string;
  children: ReactNode;
}

/** How far below the viewport a panel starts rendering: just ahead of the viewport, so nothing past the first screen is built at load. */
const AHEAD = '50px 0px';

export function WhenVisible({ id, minHeight, children }: WhenVisibleProps) {
  const ref = useRef<HTMLDivElement>(null);
  const [near, setNear] = useState(false);
  useEffect(() => {
    const el = ref.current;
    if (!el || near) return;
    const io = new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && setNear(true), { rootMargin: AHEAD });
    io.observe(el);
    return () => io.disconnect();
  }, [near]);
  if (near) return <>{children}</>;
  return <div ref={ref} id={id} style={{ minHeight }} aria-busy="true" data-testid={`deferred-${id}`} />;
}
