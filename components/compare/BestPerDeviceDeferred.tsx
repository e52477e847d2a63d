'use client';
// The best-per-device panel, loaded and rendered only when scrolled near (it sits below the fold):
// its module, hydration and table layout then stay out of the page's first seconds.
import dynamic from 'next/dynamic';
import type { ComponentProps } from 'react';
import { WhenVisible } from '@/components/ui/WhenVisible';

/** The panel's height on a desktop screen (heading, threshold field, eight table rows). */
const HEIGHT = '57rem';

const BestPerDevicePanel = dynamic(() => import('./BestPerDevicePanel').then((m) => m.BestPerDevicePanel), {
  ssr: false,
  loading: () => <div style={{ minHeight: HEIGHT }} aria-busy="true" />,
});

export function BestPerDeviceDeferred(props: ComponentProps<typeof BestPerDevicePanel>) {
  return (
    <WhenVisible id="best-per-device" minHeight={HEIGHT}>
      <BestPerDevicePanel {...props} />
    </WhenVisible>
  );
}
