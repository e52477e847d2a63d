// Frames the piece of live UI a tour step is about: a bright ring and a callout saying what to look at.
import type { ReactNode } from 'react';

export interface TourHighlightProps {
  /** What to look at, shown as the frame's callout. */
  callout: string;
  children: ReactNode;
}

export function TourHighlight({ callout, children }: TourHighlightProps) {
  return (
    <section
      aria-label={callout}
      className="relative rounded-xl bg-white p-4 pt-10 shadow-sm ring-4 ring-amber-400"
      data-testid="tour-highlight"
    >
      <p className="absolute -top-4 left-4 max-w-[90%] rounded-full bg-amber-300 px-4 py-1 text-sm font-semibold text-amber-950 shadow">
        {callout}
      </p>
      {children}
    </section>
  );
}
