// A table or chart wider than a phone scrolls inside this box instead of the page sideways. The box is a
// labelled, focusable region so a keyboard can scroll it too (axe's scrollable-region-focusable).
import type { ReactNode } from 'react';

export interface ScrollRegionProps {
  /** What the region holds, e.g. the table's caption. */
  label: string;
  className?: string;
  children: ReactNode;
}

export function ScrollRegion({ label, className = '', children }: ScrollRegionProps) {
  return (
    <div className={`overflow-x-auto ${className}`} tabIndex={0} role="region" aria-label={label}>
      {children}
    </div>
  );
}
