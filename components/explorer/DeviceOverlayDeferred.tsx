'use client';
// The per-device overlay of /pareto, loaded and rendered only when scrolled near (it sits below the fold):
// its eight measured fronts (a sort of 5,138 records each, ~150 ms together when the records arrive) and
// its chart, redrawn for every batch of the streamed cloud, then stay out of the page's first seconds.
import dynamic from 'next/dynamic';
import type { ComponentProps } from 'react';
import { WhenVisible } from '@/components/ui/WhenVisible';

/** The panel's height on a desktop screen (heading, note, device toggles, a 380 px chart). */
const HEIGHT = '36rem';

const DeviceOverlayPanel = dynamic(() => import('./DeviceOverlayPanel').then((m) => m.DeviceOverlayPanel), {
  ssr: false,
  loading: () => <div style={{ minHeight: HEIGHT }} aria-busy="true" />,
});

export function DeviceOverlayDeferred(props: ComponentProps<typeof DeviceOverlayPanel>) {
  return (
    <WhenVisible id="fronts-per-device" minHeight={HEIGHT}>
      <DeviceOverlayPanel {...props} />
    </WhenVisible>
  );
}
